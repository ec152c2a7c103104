import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../app/lib/db/client";
import { parseRoadmapMarkdown } from "../../app/lib/roadmap-import/parse-roadmap-markdown";
import { saveRoadmapDraft, type SaveSummary } from "../../app/lib/services/roadmaps/save-roadmap-draft";

/** Roadmaps that ship with Waymark: content files in prisma/roadmaps. */
export const BUILT_IN_ROADMAPS = [{ slug: "backend", file: "prisma/roadmaps/backend.md" }] as const;

/**
 * Loads every built-in roadmap. Idempotent: a second run finds nothing to change,
 * and progress is never touched (items are matched by their stable keys).
 */
export async function seedBuiltInRoadmaps(
  client: Db,
  root = process.cwd(),
): Promise<(SaveSummary & { slug: string })[]> {
  const results = [];
  for (const { slug, file } of BUILT_IN_ROADMAPS) {
    const markdown = await fs.readFile(path.join(/*turbopackIgnore: true*/ root, file), "utf8");
    results.push({ slug, ...(await saveRoadmapDraft(client, slug, parseRoadmapMarkdown(markdown))) });
  }
  return results;
}
