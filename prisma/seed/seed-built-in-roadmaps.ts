import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../server/db/client";
import { parseRoadmapMarkdown } from "../../shared/roadmap-markdown/parse-roadmap-markdown";
import { saveBuiltInRoadmap, type SaveSummary } from "../../server/services/roadmaps/authoring/save-built-in-roadmap";

/** Roadmaps that ship with Waymark: content files in prisma/roadmaps. */
export const BUILT_IN_ROADMAPS = [
  { slug: "backend", file: "prisma/roadmaps/backend.md" },
  { slug: "frontend", file: "prisma/roadmaps/frontend.md" },
  { slug: "devops", file: "prisma/roadmaps/devops.md" },
] as const;

export type SeedResult = { slug: string } & (SaveSummary | { skipped: "unchanged" | "imported by an admin" });

/**
 * Loads every built-in roadmap. Idempotent: a file already seeded is skipped at
 * the cost of one query, a changed file updates its roadmap (items matched by
 * their stable keys, progress never touched), and a roadmap an admin re-imported
 * under the same slug is left as the admin made it.
 */
export async function seedBuiltInRoadmaps(
  client: Db,
  {
    root = process.cwd(),
    roadmaps = BUILT_IN_ROADMAPS,
  }: { root?: string; roadmaps?: readonly { slug: string; file: string }[] } = {},
): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  for (const { slug, file } of roadmaps) {
    const markdown = await fs.readFile(path.join(/*turbopackIgnore: true*/ root, file), "utf8");
    const seedHash = createHash("sha256").update(markdown).digest("hex");
    const existing = await client.roadmap.findUnique({ where: { slug }, select: { seedHash: true } });
    if (existing && existing.seedHash === null) results.push({ slug, skipped: "imported by an admin" });
    else if (existing?.seedHash === seedHash) results.push({ slug, skipped: "unchanged" });
    else
      results.push({
        slug,
        ...(await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(markdown), { seedHash, markdown })),
      });
  }
  return results;
}
