import "server-only";

import type { Db } from "../../../db/client";
import type { ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
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
  { seedHash = null, markdown = null }: { seedHash?: string | null; markdown?: string | null } = {},
): Promise<SaveSummary> {
  return client.$transaction(
    async (tx) => {
      await lockRoadmapSlug(tx, slug);
      // Locked like every roadmap a save writes to (see without-reference-checks.ts).
      const [existing] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Roadmap" WHERE "slug" = ${slug} FOR UPDATE`;
      return writeRoadmapVersion(
        tx,
        existing?.id ?? null,
        { slug, ownerId: null, visibility: "PUBLIC", seedHash, markdown },
        draft,
      );
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
