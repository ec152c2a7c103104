import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import type { Prisma } from "../../../db/generated/client";
import { RoadmapVisibility } from "../../../db/generated/enums";
import { roadmapSaveLimiters } from "../../../platform/cache/rate-limit";
import { BadInputError } from "../../../../shared/errors";
import { IMPORT_LIMITS } from "../../../../shared/roadmap-markdown/import-limits";
import type { ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import { RESERVED_ROADMAP_NAMES, ROADMAP_NAME, ROADMAP_NAME_MAX } from "../../../../shared/roadmap-quotas";
import { idSchema } from "../../ids";
import { applyStatusChanges, batchTransaction } from "../../progress/apply-status-changes";
import { validate } from "../../validate";
import { hasScope, requireScope, requireScopes, type MaybeViewer, type Viewer, type ViewerWith } from "../../viewer";
import { countLearnersAffected } from "./count-learners-affected";
import { diffRoadmap, type CurrentItem, type RoadmapChange, type RoadmapChangeKind } from "./diff-roadmap";
import { getEditableRoadmapOrThrow, type EditableRoadmap } from "./get-editable-roadmap-or-throw";
import { keepRenamedKeys } from "./keep-renamed-keys";
import type { LikelyRename } from "./likely-renames";
import { loadStoredItems, type StoredItem } from "./load-stored-items";
import { countSkillMoves } from "../../skills/count-skill-moves";
import { reserveOwnRoadmap } from "./own-roadmap-slot";
import { parseMarkdownOrThrow } from "./parse-markdown-or-throw";
import { flattenParsedRoadmap } from "./flatten-parsed-roadmap";
import { lockRoadmapSlug, writeRoadmapVersion } from "./write-roadmap-version";

export const saveRoadmapInput = z.object({
  roadmapId: idSchema.nullish(),
  // The parser checks the size first (its problem names the limit, in bytes); this only keeps
  // absurd values out (no file it accepts has more characters than bytes).
  markdown: z.string().max(2 * IMPORT_LIMITS.fileBytes, "is far over the size limit"),
  slug: z
    .string()
    .trim()
    .max(ROADMAP_NAME_MAX, `must be at most ${ROADMAP_NAME_MAX} characters`)
    .regex(ROADMAP_NAME, "must be lowercase letters, digits and single dashes (the name after your login)")
    .refine((name) => !RESERVED_ROADMAP_NAMES.includes(name), "is a word Waymark's pages use; choose another")
    .nullish(),
  visibility: z.enum(RoadmapVisibility).nullish(),
  dryRun: z.boolean().nullish(),
  restoreStatuses: z.boolean().nullish(),
  detectRenames: z.boolean().nullish(),
  notRenamed: z
    .array(z.string().max(IMPORT_LIMITS.keyLength, `must be at most ${IMPORT_LIMITS.keyLength} characters`))
    .max(IMPORT_LIMITS.items, `may list at most ${IMPORT_LIMITS.items} keys`)
    .nullish(),
});

/** A change as the save reports it: the learners it touches, and whether a rename was guessed. */
export type ReportedChange = Omit<RoadmapChange, "itemId"> & {
  learners: number;
  /** A rename the save inferred (the key was not pinned): the item keeps its previous key. */
  guessed: boolean;
  /** For a guessed rename, the key the markdown alone gives the item; null otherwise. */
  markdownKey: string | null;
};

export interface SaveRoadmapResult {
  /** Null on a dry run of a new roadmap. */
  roadmapId: string | null;
  created: boolean;
  dryRun: boolean;
  counts: Record<RoadmapChangeKind, number>;
  learnersAffected: number;
  changes: ReportedChange[];
  /** Statuses set from the file's checkboxes (restoreStatuses). */
  restored: number;
  /** Items whose skill claim changes, with the learners whose status would move between item and skill. */
  skillChanges: SkillClaimChange[];
}

export interface SkillClaimChange {
  key: string;
  title: string;
  /** The skill claimed before and after (null: none). */
  from: string | null;
  to: string | null;
  learners: number;
}

/**
 * Creates a roadmap from markdown (no roadmapId: the viewer's own, PRIVATE
 * unless asked otherwise, at /roadmaps/<login>/<slug>) or saves a new version
 * of one the viewer may edit, matching items by key so progress and notes stay
 * on every item whose key survived. With dryRun, says what the save would do
 * (items added, moved, renamed, retired, and the learners each change touches)
 * and writes nothing. With restoreStatuses, the viewer's statuses are set from
 * the file's checkboxes (`[x]`, `[/]`, `[-]`, `[ ]`), as the markdown export
 * writes them. Unless detectRenames is false, an item reworded in place keeps
 * its key and its learners' progress (see keepRenamedKeys), except those the
 * author listed in notRenamed; a dry run reports the same guesses the save
 * makes. A file with problems is BAD_USER_INPUT listing each with its line.
 * Restoring statuses writes progress, so it needs WRITE_PROGRESS besides
 * WRITE_ROADMAPS: without it the whole save is refused (a dry run too, as the
 * save would be) before anything is written, rather than saved without them.
 */
export async function saveRoadmap(viewer: MaybeViewer, input: unknown): Promise<SaveRoadmapResult> {
  const known = requireScope(viewer, "WRITE_ROADMAPS");
  const request = validate(saveRoadmapInput, input);
  const statusWriter = request.restoreStatuses
    ? requireScopes(viewer, ["WRITE_ROADMAPS", "WRITE_PROGRESS"], "restoreStatuses sets your statuses")
    : null;
  const dryRun = request.dryRun ?? false;
  const limiters = roadmapSaveLimiters();
  await (dryRun ? limiters.previews : limiters.saves).consume(known.userId);
  const draft = parseMarkdownOrThrow(request.markdown);

  if (dryRun) {
    // Reads only: what a save would do against the roadmap as it is now.
    const client = db();
    if (!request.roadmapId) return preview(null, diffRoadmap([], draft), NOBODY, NO_RENAMES, true);
    const roadmap = await getEditableRoadmapOrThrow(client, known, request.roadmapId);
    const live = (await loadStoredItems(client, roadmap.id)).filter((item) => item.live);
    const kept = keepRenames(live, draft, request);
    const changes = diffRoadmap(live, kept.draft);
    const skillChanges = await claimChanges(client, roadmap.id, live, kept.draft, known);
    return {
      ...preview(roadmap.id, changes, await countTouched(client, changes, known), kept.renames, true),
      skillChanges,
    };
  }

  return db().$transaction(async (tx) => {
    const existing = request.roadmapId ? await getEditableRoadmapOrThrow(tx, known, request.roadmapId) : null;
    const target = existing
      ? await updateTarget(tx, existing, request)
      : await reserveOwnRoadmap(tx, known, { name: request.slug ?? null, title: draft.title });
    await lockRoadmapSlug(tx, target.slug);
    const stored = existing ? await loadStoredItems(tx, existing.id) : [];
    const live = stored.filter((item) => item.live);
    const kept = keepRenames(live, draft, request);
    const changes = diffRoadmap(live, kept.draft);
    const touched = await countTouched(tx, changes, known);
    const skillChanges = existing ? await claimChanges(tx, existing.id, live, kept.draft, known) : [];
    const saved = await writeRoadmapVersion(
      tx,
      existing?.id ?? null,
      {
        slug: target.slug,
        ownerId: existing ? existing.ownerId : known.userId,
        visibility: request.visibility ?? existing?.visibility ?? "PRIVATE",
        seedHash: null,
        markdown: kept.markdown,
      },
      kept.draft,
      stored,
    );
    const restored = statusWriter ? await restoreStatuses(tx, statusWriter, saved.roadmapId, kept.draft) : 0;
    return {
      ...preview(saved.roadmapId, changes, touched, kept.renames, false),
      created: saved.created,
      restored,
      skillChanges,
    };
  }, batchTransaction());
}

/** Where a new version goes: the same address, or a new name under the same owner. */
async function updateTarget(
  tx: Prisma.TransactionClient,
  roadmap: EditableRoadmap,
  request: z.infer<typeof saveRoadmapInput>,
): Promise<{ slug: string }> {
  if (roadmap.ownerId === null) {
    if (request.slug) throw badField("slug", "a built-in roadmap keeps its address");
    if (request.visibility && request.visibility !== "PUBLIC") {
      throw badField("visibility", "built-in roadmaps are always public");
    }
    return { slug: roadmap.slug };
  }
  if (!request.slug || roadmap.slug.endsWith(`/${request.slug}`)) return { slug: roadmap.slug };
  // A new name: the same owner's prefix, checked like a new roadmap's.
  const slug = `${roadmap.slug.slice(0, roadmap.slug.indexOf("/"))}/${request.slug}`;
  const taken = await tx.roadmap.findUnique({ where: { slug }, select: { id: true } });
  if (taken) throw badField("slug", `you already have a roadmap called ${request.slug}`);
  return { slug };
}

const NOBODY = { byItem: new Map<string, number>(), total: 0 };
const NO_RENAMES: LikelyRename[] = [];

function keepRenames(live: CurrentItem[], draft: ParsedRoadmap, request: z.infer<typeof saveRoadmapInput>) {
  if (request.detectRenames === false) return { draft, markdown: request.markdown, renames: NO_RENAMES };
  return keepRenamedKeys(live, draft, request.markdown, { notRenamed: new Set(request.notRenamed ?? []) });
}

/** Learners with progress on the changed items; the viewer's own only when they may read it. */
async function countTouched(tx: Prisma.TransactionClient, changes: RoadmapChange[], viewer: Viewer) {
  return countLearnersAffected(
    tx,
    changes.flatMap((change) => (change.itemId && change.kind !== "ADDED" ? [change.itemId] : [])),
    { leaveOut: hasScope(viewer, "READ_PROGRESS") ? null : viewer.userId },
  );
}

function preview(
  roadmapId: string | null,
  changes: RoadmapChange[],
  touched: { byItem: Map<string, number>; total: number },
  renames: readonly LikelyRename[],
  dryRun: boolean,
): SaveRoadmapResult {
  const guessedFrom = new Map(renames.map((rename) => [rename.previousKey, rename.key]));
  const counts: Record<RoadmapChangeKind, number> = { ADDED: 0, MOVED: 0, RENAMED: 0, RETIRED: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return {
    roadmapId,
    created: false,
    dryRun,
    counts,
    learnersAffected: touched.total,
    changes: changes.map(({ itemId, ...change }) => {
      const guessed = change.kind === "RENAMED" && guessedFrom.has(change.key);
      return {
        ...change,
        learners: itemId ? (touched.byItem.get(itemId) ?? 0) : 0,
        guessed,
        markdownKey: guessed ? guessedFrom.get(change.key)! : null,
      };
    }),
    restored: 0,
    skillChanges: [],
  };
}

/**
 * The items whose skill claim the draft changes, in the draft's order, with the learners
 * whose status would move between the item and a skill (see countSkillMoves); the viewer
 * counts as in countTouched.
 */
async function claimChanges(
  client: Prisma.TransactionClient,
  roadmapId: string,
  live: readonly StoredItem[],
  draft: ParsedRoadmap,
  viewer: Viewer,
): Promise<SkillClaimChange[]> {
  const byKey = new Map(live.map((item) => [item.key, item]));
  const changed = flattenParsedRoadmap(draft).flatMap(({ draft: item }) => {
    const stored = byKey.get(item.key);
    const to = item.skill ?? null;
    return stored && stored.skill !== to ? [{ stored, title: item.title, to }] : [];
  });
  const moves = await countSkillMoves(
    client,
    roadmapId,
    changed.map(({ stored, to }) => ({ itemId: stored.id, from: stored.skill, to })),
    { leaveOut: hasScope(viewer, "READ_PROGRESS") ? null : viewer.userId },
  );
  return changed.map(({ stored, title, to }) => ({
    key: stored.key,
    title,
    from: stored.skill,
    to,
    learners: moves.get(stored.id) ?? 0,
  }));
}

/** The viewer's statuses from the file's checkboxes, on the items just saved. */
async function restoreStatuses(
  tx: Prisma.TransactionClient,
  writer: ViewerWith<"WRITE_PROGRESS">,
  roadmapId: string,
  draft: ParsedRoadmap,
): Promise<number> {
  const items = await tx.item.findMany({ where: { roadmapId, retiredAt: null }, select: { id: true, key: true } });
  const idByKey = new Map(items.map((item) => [item.key, item.id]));
  const changes = flattenParsedRoadmap(draft).flatMap(({ draft: item }) => {
    const itemId = idByKey.get(item.key);
    return itemId && item.mark ? [{ itemId, roadmapId, status: item.mark }] : [];
  });
  return (await applyStatusChanges(tx, writer, changes)).length;
}

function badField(field: string, message: string): BadInputError {
  return new BadInputError(`${field}: ${message}`, { fields: { [field]: message } });
}
