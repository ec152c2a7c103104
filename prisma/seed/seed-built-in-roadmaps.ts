import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../server/db/client";
import { DEFAULT_LOCALE, LOCALES } from "../../shared/i18n/locales";
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
    const translations = await readTranslations(root, file);
    // The hash covers the translations too: changing one re-seeds the roadmap.
    const hash = createHash("sha256").update(markdown);
    for (const translation of translations) hash.update(`\0${translation.language}\0${translation.markdown}`);
    const seedHash = hash.digest("hex");
    const existing = await client.roadmap.findUnique({ where: { slug }, select: { seedHash: true } });
    if (existing && existing.seedHash === null) results.push({ slug, skipped: "imported by an admin" });
    else if (existing?.seedHash === seedHash) results.push({ slug, skipped: "unchanged" });
    else
      results.push({
        slug,
        ...(await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(markdown), {
          seedHash,
          markdown,
          translations: translations.map((translation) => ({
            ...translation,
            draft: parseRoadmapMarkdown(translation.markdown),
          })),
        })),
      });
  }
  return results;
}

/** `backend.es.md` and the like beside `backend.md`, in the interface's languages other than the original's. */
async function readTranslations(root: string, file: string): Promise<{ language: string; markdown: string }[]> {
  const found: { language: string; markdown: string }[] = [];
  for (const language of LOCALES) {
    if (language === DEFAULT_LOCALE) continue;
    const translated = file.replace(/\.md$/, `.${language}.md`);
    try {
      found.push({
        language,
        markdown: await fs.readFile(path.join(/*turbopackIgnore: true*/ root, translated), "utf8"),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return found;
}
