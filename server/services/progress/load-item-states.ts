import "server-only";

import { directRead } from "../../db/direct-read";
import { Prisma } from "../../db/generated/client";
import type { ItemStatus } from "../../db/generated/enums";
import { storeRenderedNotes, type StoredNote } from "../notes/stored-notes";
import { renderNoteOrPlainText } from "../notes/render-note-or-plain-text";
import { requireScope, type MaybeViewer } from "../viewer";
import { NEVER } from "./status-change";
import type { ItemProgress, ProgressMap } from "./load-progress";

export interface ItemStates {
  /** Per roadmap, per item: statuses the viewer set (items never touched are absent: NOT_STARTED). */
  progress: Map<string, ProgressMap>;
  /** Per item (ids are unique across roadmaps): the viewer's notes. */
  notes: Map<string, StoredNote>;
  /**
   * Per item claiming a skill whose status the viewer set on another item: that item, when
   * the viewer may still see its roadmap ("done on Backend Development Roadmap, 3 Nov").
   */
  skillSources: Map<string, SkillSource>;
  /** Per item claiming a skill: the viewer's notes on other items claiming it, on roadmaps they may see. */
  skillNotes: Map<string, SkillNote[]>;
}

/** A note of the viewer's on another item claiming the same skill. */
export interface SkillNote {
  itemId: string;
  roadmapSlug: string;
  roadmapTitle: string;
  html: string;
}

/** Where the viewer set a skill's status: an item of a roadmap they may see. */
export interface SkillSource {
  itemId: string;
  roadmapId: string;
  roadmapSlug: string;
  roadmapTitle: string;
  status: ItemStatus;
  updatedAt: Date;
}

interface Row {
  itemId: string;
  roadmapId: string;
  status: ItemStatus | null;
  updatedAt: Date | null;
  noteId: string | null;
  body: string | null;
  html: string | null;
  /**
   * "state": the viewer's row and note on the item; "skill": their status on the skill the item
   * claims, with where it was set; "note": their note (noteId, body, html) on another item
   * claiming the same skill, the source columns naming it.
   */
  kind: "state" | "skill" | "note";
  sourceItemId: string | null;
  sourceRoadmapId: string | null;
  sourceSlug: string | null;
  sourceTitle: string | null;
}

/**
 * Everything the viewer keeps on the items of some roadmaps, statuses and notes,
 * in one statement (a page of a roadmap needs both; two statements were one round
 * trip too many). The notes are read by Note(userId, roadmapId), not through the roadmap's
 * items: however many items it has, and whatever the planner's statistics know of it.
 * Placeholder rows the batch writer creates (at the epoch) are not statuses. Notes stored
 * before the html column are rendered here, once.
 * Items claiming a skill come with the viewer's status on it (the roadmap's claiming items by
 * Item(roadmapId, skill), each probing SkillProgress) in the same statement: it is their status on a roadmap the
 * viewer has no row on yet (rows of followed roadmaps mirror it), and says where it was set (looked up only
 * when that is another item: NULLIF gives the probe a null key, which finds nothing without a read).
 */
export async function loadItemStates(viewer: MaybeViewer, roadmapIds: readonly string[]): Promise<ItemStates> {
  const progress = new Map<string, ProgressMap>(roadmapIds.map((id) => [id, new Map()]));
  const notes = new Map<string, StoredNote>();
  const skillSources = new Map<string, SkillSource>();
  const skillNotes = new Map<string, SkillNote[]>();
  if (!viewer || roadmapIds.length === 0) return { progress, notes, skillSources, skillNotes };
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const ids = [...roadmapIds];
  const rows = await directRead<Row>(
    Prisma.sql`
    SELECT COALESCE(p."itemId", n."itemId") AS "itemId", COALESCE(p."roadmapId", n."roadmapId") AS "roadmapId",
      p."status", p."updatedAt", n."id" AS "noteId", n."body", n."html", 'state' AS "kind",
      NULL AS "sourceItemId", NULL AS "sourceRoadmapId", NULL AS "sourceSlug", NULL AS "sourceTitle"
    FROM (
      SELECT "itemId", "roadmapId", "status", "updatedAt" FROM "Progress"
      WHERE "userId" = ${userId} AND "roadmapId" = ANY(${ids}) AND "updatedAt" > ${NEVER}
    ) p
    FULL JOIN (
      SELECT note."id", note."itemId", note."roadmapId", note."body", note."html"
      FROM "Note" note WHERE note."userId" = ${userId} AND note."roadmapId" = ANY(${ids})
    ) n ON n."itemId" = p."itemId"
    UNION ALL
    SELECT i."id", i."roadmapId", sp."status", sp."updatedAt", NULL, NULL, NULL, 'skill',
      src."id", sr."id", sr."slug", sr."title"
    FROM "Item" i
    JOIN "SkillProgress" sp ON sp."userId" = ${userId} AND sp."skill" = i."skill"
    LEFT JOIN "Item" src ON src."id" = NULLIF(sp."itemId", i."id") AND src."retiredAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Section" ss WHERE ss."id" = src."sectionId" AND ss."retiredAt" IS NOT NULL)
    LEFT JOIN "Roadmap" sr ON sr."id" = src."roadmapId" AND (sr."visibility" <> 'PRIVATE' OR sr."ownerId" = ${userId})
    WHERE i."roadmapId" = ANY(${ids}) AND i."skill" IS NOT NULL
    UNION ALL
    SELECT i."id", i."roadmapId", NULL, NULL, note."id", note."body", note."html", 'note',
      src."id", sr."id", sr."slug", sr."title"
    FROM "Note" note
    JOIN "Item" src ON src."id" = note."itemId" AND src."skill" IS NOT NULL
    JOIN "Roadmap" sr ON sr."id" = src."roadmapId" AND (sr."visibility" <> 'PRIVATE' OR sr."ownerId" = ${userId})
    JOIN "Item" i ON i."skill" = src."skill" AND i."skill" IS NOT NULL AND i."roadmapId" = ANY(${ids}) AND i."id" <> src."id"
    WHERE note."userId" = ${userId}`,
    { name: "item_states" },
  );
  const rendered: { id: string; body: string; html: string }[] = [];
  const skillRows: Row[] = [];
  for (const row of rows) {
    if (row.kind === "skill") {
      skillRows.push(row);
      continue;
    }
    if (row.kind === "note") {
      if (row.body === null || !row.sourceItemId || !row.sourceSlug || !row.sourceTitle) continue;
      const elsewhere = skillNotes.get(row.itemId) ?? [];
      elsewhere.push({
        itemId: row.sourceItemId,
        roadmapSlug: row.sourceSlug,
        roadmapTitle: row.sourceTitle,
        // Rendered and stored when its own roadmap is read.
        html: row.html ?? renderNoteOrPlainText(row.body),
      });
      skillNotes.set(row.itemId, elsewhere);
      continue;
    }
    if (row.status && row.updatedAt) {
      const state: ItemProgress = { status: row.status, updatedAt: row.updatedAt };
      progress.get(row.roadmapId)?.set(row.itemId, state);
    }
    if (row.noteId && row.body !== null) {
      const html = row.html ?? renderNoteOrPlainText(row.body);
      if (row.html === null) rendered.push({ id: row.noteId, body: row.body, html });
      notes.set(row.itemId, { body: row.body, html });
    }
  }
  for (const row of skillRows) {
    const onRoadmap = progress.get(row.roadmapId);
    if (!onRoadmap || !row.status || !row.updatedAt) continue;
    // A roadmap the viewer follows has the skill's status on the item's own row; one they
    // do not follow yet shows the skill's.
    if (!onRoadmap.has(row.itemId) && row.status !== "NOT_STARTED") {
      onRoadmap.set(row.itemId, { status: row.status, updatedAt: row.updatedAt });
    }
    const shown = onRoadmap.get(row.itemId);
    if (
      row.sourceItemId &&
      row.sourceItemId !== row.itemId &&
      row.sourceRoadmapId &&
      shown?.status === row.status &&
      row.status !== "NOT_STARTED"
    ) {
      skillSources.set(row.itemId, {
        itemId: row.sourceItemId,
        roadmapId: row.sourceRoadmapId,
        roadmapSlug: row.sourceSlug!,
        roadmapTitle: row.sourceTitle!,
        status: row.status,
        updatedAt: row.updatedAt,
      });
    }
  }
  await storeRenderedNotes(rendered);
  for (const elsewhere of skillNotes.values()) elsewhere.sort((a, b) => a.roadmapTitle.localeCompare(b.roadmapTitle));
  return { progress, notes, skillSources, skillNotes };
}
