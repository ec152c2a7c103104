import "server-only";

import { sharedCache } from "../../platform/cache/shared-cache";
import { db } from "../../db/client";
import { buildRoadmapContent, fetchRoadmapRows, type RoadmapRows } from "./roadmap-rows";

export type {
  ItemNode,
  ItemRow,
  ResourceNode,
  RoadmapContent,
  RoadmapSummary,
  SectionNode,
} from "./roadmap-content-types";
import type { RoadmapContent } from "./roadmap-content-types";

// Keys carry the roadmap's content version, which every import bumps: an entry
// is never stale, only unused (and it expires).
const CACHE_SECONDS = 3600;
const cacheKey = (roadmapId: string, version: number) => `roadmap-content:v2:${roadmapId}:${version}`;

/**
 * Loads the content trees of several roadmaps at once (the GraphQL DataLoader
 * batch function and the pages both use it): one statement for their current
 * versions, then the shared cache, then four statements for all the misses
 * together. Retired sections and items are left out; their progress history
 * stays in the database.
 */
export async function loadRoadmapContents(roadmapIds: readonly string[]): Promise<(RoadmapContent | null)[]> {
  const versions = new Map(
    (
      await db().roadmap.findMany({
        where: { id: { in: [...roadmapIds] } },
        select: { id: true, contentVersion: true },
      })
    ).map((row) => [row.id, row.contentVersion]),
  );
  const known = roadmapIds.filter((id) => versions.has(id));
  const cache = sharedCache();
  const cached = new Map<string, RoadmapRows>();
  await Promise.all(
    known.map(async (id) => {
      const rows = await cache.get<RoadmapRows>(cacheKey(id, versions.get(id)!));
      if (rows) cached.set(id, rows);
    }),
  );
  const missing = known.filter((id) => !cached.has(id));
  const fetched = missing.length > 0 ? await fetchRoadmapRows(missing) : new Map<string, RoadmapRows>();
  // Stored under the version read first: if an import commits meanwhile, these
  // rows sit under the old version, which no later request asks for.
  await Promise.all([...fetched].map(([id, rows]) => cache.set(cacheKey(id, versions.get(id)!), rows, CACHE_SECONDS)));
  return roadmapIds.map((id) => {
    const rows = cached.get(id) ?? fetched.get(id);
    return rows ? buildRoadmapContent(rows) : null;
  });
}
