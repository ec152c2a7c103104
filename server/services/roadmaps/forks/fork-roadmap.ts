import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import { roadmapSaveLimiters } from "../../../platform/cache/rate-limit";
import { NotFoundError } from "../../../../shared/errors";
import { parseRoadmapMarkdown } from "../../../../shared/roadmap-markdown/parse-roadmap-markdown";
import type { ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import { writeRoadmapMarkdown } from "../../../../shared/roadmap-markdown/write-roadmap-markdown";
import { idSchema } from "../../ids";
import { applyStatusChanges, batchTransaction } from "../../progress/apply-status-changes";
import { loadProgress } from "../../progress/load-progress";
import { validate } from "../../validate";
import { requireScope, requireScopes, type MaybeViewer } from "../../viewer";
import { loadRoadmapMarkdown } from "../content/load-roadmap-markdown";
import { parseMarkdownOrThrow } from "../authoring/parse-markdown-or-throw";
import { reserveOwnRoadmap } from "../authoring/own-roadmap-slot";
import { loadRoadmapContents, type RoadmapContent } from "../content/roadmap-content";
import { writeRoadmapVersion } from "../authoring/write-roadmap-version";

export const forkRoadmapInput = z.object({ roadmapId: idSchema, copyProgress: z.boolean().nullish() });

/**
 * Copies a roadmap the viewer may see (public, unlisted, or their own) into a
 * new PRIVATE roadmap of theirs that links back to it, with the same sections,
 * items, keys and resources, and the source's markdown. Progress is per
 * roadmap: the fork starts empty, or, with copyProgress, with the viewer's own
 * statuses from the source on every item (same key), each dated as it was.
 * Counts as a save for the rate limit and as a roadmap for the quota.
 * Copying progress reads the viewer's statuses and writes them, so it needs
 * READ_PROGRESS and WRITE_PROGRESS besides WRITE_ROADMAPS: without them the
 * fork is refused before anything is written, rather than made without them.
 */
export async function forkRoadmap(viewer: MaybeViewer, input: unknown): Promise<{ roadmapId: string }> {
  const known = requireScope(viewer, "WRITE_ROADMAPS");
  const { roadmapId, copyProgress } = validate(forkRoadmapInput, input);
  const progressCopier = copyProgress
    ? requireScopes(
        viewer,
        ["WRITE_ROADMAPS", "READ_PROGRESS", "WRITE_PROGRESS"],
        "copyProgress copies your statuses to the fork",
      )
    : null;
  await roadmapSaveLimiters().saves.consume(known.userId);
  const [[source], [stored]] = await Promise.all([
    loadRoadmapContents(known, [roadmapId]),
    loadRoadmapMarkdown(known, [roadmapId]),
  ]);
  if (!source || stored === undefined || stored === null) throw new NotFoundError(`Roadmap ${roadmapId}`);
  const { draft, markdown } = sourceDraft(source, stored);
  const progress = progressCopier
    ? ((await loadProgress(progressCopier, [roadmapId])).get(roadmapId) ?? new Map())
    : new Map();

  return db().$transaction(async (tx) => {
    // The source may not be deleted while the fork links to it (FOR SHARE: other forks may go on).
    const [still] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Roadmap" WHERE "id" = ${roadmapId} FOR SHARE`;
    if (!still) throw new NotFoundError(`Roadmap ${roadmapId}`);
    const { slug } = await reserveOwnRoadmap(tx, known, {
      name: null,
      title: source.roadmap.slug.split("/").at(-1)!,
    });
    const saved = await writeRoadmapVersion(
      tx,
      null,
      { slug, ownerId: known.userId, visibility: "PRIVATE", seedHash: null, markdown, forkedFromId: roadmapId },
      draft,
    );
    if (progressCopier && progress.size > 0) {
      const forked = await tx.item.findMany({ where: { roadmapId: saved.roadmapId }, select: { id: true, key: true } });
      const forkedIdByKey = new Map(forked.map((item) => [item.key, item.id]));
      const changes = source.items.flatMap((item) => {
        const entry = progress.get(item.id);
        const forkedId = forkedIdByKey.get(item.key);
        return entry && forkedId && entry.status !== "NOT_STARTED"
          ? [{ itemId: forkedId, roadmapId: saved.roadmapId, status: entry.status, at: entry.updatedAt }]
          : [];
      });
      // Oldest first, so the fork's history runs in the order the learner lived it.
      changes.sort((a, b) => a.at.getTime() - b.at.getTime());
      await applyStatusChanges(tx, progressCopier, changes);
    }
    return { roadmapId: saved.roadmapId };
  }, batchTransaction());
}

/**
 * The fork's content is the source's, key for key. Its markdown is the
 * source's own when reading it gives exactly those keys (it does, unless the
 * source was saved before sources were kept); otherwise the source written back
 * with every key pinned.
 */
function sourceDraft(source: RoadmapContent, markdown: string): { draft: ParsedRoadmap; markdown: string } {
  const keys = source.items.map((item) => item.key).join("\n");
  try {
    const draft = parseRoadmapMarkdown(markdown);
    const draftKeys: string[] = [];
    const walk = (items: ParsedRoadmap["sections"][number]["items"]) =>
      items.forEach((item) => {
        draftKeys.push(item.key);
        walk(item.children);
      });
    draft.sections.forEach((section) => walk(section.items));
    if (draftKeys.join("\n") === keys) return { draft, markdown };
  } catch {
    // A source that no longer reads cleanly: fall through to the stored content.
  }
  const written = writeRoadmapMarkdown({ ...source.roadmap, ...source });
  // Content stored before a limit it is now over (the limits measure the roadmap as written):
  // BAD_USER_INPUT naming the limit, as its owner's next save would get.
  return { draft: parseMarkdownOrThrow(written), markdown: written };
}
