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
}

interface Row {
  itemId: string;
  roadmapId: string;
  status: ItemStatus | null;
  updatedAt: Date | null;
  noteId: string | null;
  body: string | null;
  html: string | null;
}

/**
 * Everything the viewer keeps on the items of some roadmaps, statuses and notes,
 * in one statement (a page of a roadmap needs both; two statements were one round
 * trip too many). Placeholder rows the batch writer creates (at the epoch) are
 * not statuses. Notes stored before the html column are rendered here, once.
 */
export async function loadItemStates(viewer: MaybeViewer, roadmapIds: readonly string[]): Promise<ItemStates> {
  const progress = new Map<string, ProgressMap>(roadmapIds.map((id) => [id, new Map()]));
  const notes = new Map<string, StoredNote>();
  if (!viewer || roadmapIds.length === 0) return { progress, notes };
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const ids = [...roadmapIds];
  const rows = await directRead<Row>(Prisma.sql`
    SELECT COALESCE(p."itemId", n."itemId") AS "itemId", COALESCE(p."roadmapId", n."roadmapId") AS "roadmapId",
      p."status", p."updatedAt", n."id" AS "noteId", n."body", n."html"
    FROM (
      SELECT "itemId", "roadmapId", "status", "updatedAt" FROM "Progress"
      WHERE "userId" = ${userId} AND "roadmapId" = ANY(${ids}) AND "updatedAt" > ${NEVER}
    ) p
    FULL JOIN (
      SELECT note."id", note."itemId", item."roadmapId", note."body", note."html"
      FROM "Note" note JOIN "Item" item ON item."id" = note."itemId"
      WHERE note."userId" = ${userId} AND item."roadmapId" = ANY(${ids})
    ) n ON n."itemId" = p."itemId"`);
  const rendered: { id: string; body: string; html: string }[] = [];
  for (const row of rows) {
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
  await storeRenderedNotes(rendered);
  return { progress, notes };
}
