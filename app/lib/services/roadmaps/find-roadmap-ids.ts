import "server-only";

import { db } from "../../db/client";
import { LIVE_ITEM } from "./live-item";

/** A roadmap's id and the version of its content (bumped by every save). */
export interface RoadmapRef {
  id: string;
  contentVersion: number;
}

/**
 * Roadmaps for slugs, in the order asked (null where there is none), with their
 * content versions, so the content can come from a cache without another
 * statement. One statement.
 */
export async function findRoadmapRefsBySlugs(slugs: readonly string[]): Promise<(RoadmapRef | null)[]> {
  if (slugs.length === 0) return [];
  const rows = await db().roadmap.findMany({
    where: { slug: { in: [...slugs] } },
    select: { id: true, slug: true, contentVersion: true },
  });
  const bySlug = new Map(rows.map((row) => [row.slug, { id: row.id, contentVersion: row.contentVersion }]));
  return slugs.map((slug) => bySlug.get(slug) ?? null);
}

/** The current content version of each roadmap, in the order asked (null for unknown ids). One statement. */
export async function loadRoadmapVersions(roadmapIds: readonly string[]): Promise<(number | null)[]> {
  // Nothing to ask: no round trip (Prisma would send WHERE 1=0).
  if (roadmapIds.length === 0) return [];
  const rows = await db().roadmap.findMany({
    where: { id: { in: [...roadmapIds] } },
    select: { id: true, contentVersion: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.contentVersion]));
  return roadmapIds.map((id) => byId.get(id) ?? null);
}

/** The roadmap each live item belongs to (null for unknown or retired items). One statement. */
export async function findRoadmapIdsOfItems(itemIds: readonly string[]): Promise<(string | null)[]> {
  if (itemIds.length === 0) return [];
  const rows = await db().item.findMany({
    where: { id: { in: [...itemIds] }, ...LIVE_ITEM },
    select: { id: true, roadmapId: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.roadmapId]));
  return itemIds.map((id) => byId.get(id) ?? null);
}
