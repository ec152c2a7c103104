import "server-only";

import type { Db } from "../../../db/client";
import type { ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import { writeTranslation } from "../translations/write-translation";
import { lockRoadmapSlug, writeRoadmapVersion, type SaveSummary } from "./write-roadmap-version";

export type { SaveSummary } from "./write-roadmap-version";

/**
 * Writes a parsed built-in roadmap under `slug` (the seed and importRoadmap), in
 * a transaction of its own; see write-roadmap-version.ts. `seedHash` records which
 * built-in file this content came from (null for an admin's import), so the seed
 * knows whether it may update the roadmap.
 */
export async function saveBuiltInRoadmap(
  client: Db,
  slug: string,
  draft: ParsedRoadmap,
  {
    seedHash = null,
    markdown = null,
    translations,
  }: {
    seedHash?: string | null;
    markdown?: string | null;
    /** The seed's translation files (`backend.es.md`): they replace the roadmap's translations. */
    translations?: readonly { language: string; markdown: string; draft: ParsedRoadmap }[];
  } = {},
): Promise<SaveSummary> {
  return client.$transaction(
    async (tx) => {
      await lockRoadmapSlug(tx, slug);
      // Locked like every roadmap a save writes to (see without-reference-checks.ts).
      const [existing] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Roadmap" WHERE "slug" = ${slug} FOR UPDATE`;
      const summary = await writeRoadmapVersion(
        tx,
        existing?.id ?? null,
        { slug, ownerId: null, visibility: "PUBLIC", seedHash, markdown },
        draft,
      );
      if (translations) {
        await tx.roadmapTranslation.deleteMany({
          where: { roadmapId: summary.roadmapId, language: { notIn: translations.map((t) => t.language) } },
        });
        for (const translation of translations) await writeTranslation(tx, summary.roadmapId, translation, draft);
      }
      return summary;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
