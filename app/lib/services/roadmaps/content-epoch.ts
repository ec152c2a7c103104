import "server-only";

import { db } from "../../db/client";
import { freshSharedRead } from "../../platform/fresh-shared-read";

/**
 * A fingerprint of everything a signed-out reader can see: the number of
 * roadmaps, the sum of their content versions (every save bumps one) and the
 * latest change to any roadmap row (title, slug, visibility...). It changes
 * whenever any of them does, so an answer cached under it is never served after
 * the content changed, on any instance. One statement over the roadmaps table,
 * shared by the requests that arrived before it was sent (fresh-shared-read.ts):
 * each still sees every change committed before it asked.
 */
export const contentEpoch: () => Promise<string> = freshSharedRead(async () => {
  const [row] = await db().$queryRaw<{ roadmaps: number; versions: string; changed: Date | null }[]>`
    SELECT count(*)::int AS "roadmaps", coalesce(sum("contentVersion"), 0)::text AS "versions",
      max("updatedAt") AS "changed"
    FROM "Roadmap"`;
  return `${row!.roadmaps}.${row!.versions}.${row!.changed?.getTime() ?? 0}`;
});
