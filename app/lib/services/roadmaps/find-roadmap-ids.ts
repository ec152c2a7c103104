import "server-only";

import { db } from "../../db/client";
import { LIVE_ITEM } from "./live-item";
import { visibleRoadmapWhere, type RoadmapReader } from "./roadmap-access";

/** A roadmap's id and the version of its content (bumped by every save, visibility change and owner rename). */
export interface RoadmapRef {
  id: string;
  contentVersion: number;
}

/**
 * Roadmaps for slugs the viewer may see, in the order asked (null where there is
 * none), with their content versions, so the content can come from a cache
 * without another statement. One statement.
 */
export async function findRoadmapRefsBySlugs(
  viewer: RoadmapReader,
  slugs: readonly string[],
): Promise<(RoadmapRef | null)[]> {
  if (slugs.length === 0) return [];
  const rows = await db().roadmap.findMany({
    where: { slug: { in: [...slugs] }, ...visibleRoadmapWhere(viewer) },
    select: { id: true, slug: true, contentVersion: true },
  });
  const bySlug = new Map(rows.map((row) => [row.slug, { id: row.id, contentVersion: row.contentVersion }]));
  return slugs.map((slug) => bySlug.get(slug) ?? null);
}

/** Roadmap ids for slugs the viewer may see, in the order asked (null where there is none). One statement. */
export async function findRoadmapIdsBySlugs(
  viewer: RoadmapReader,
  slugs: readonly string[],
): Promise<(string | null)[]> {
  return (await findRoadmapRefsBySlugs(viewer, slugs)).map((ref) => ref?.id ?? null);
}

/**
 * The current content version of each roadmap the viewer may see, in the order
 * asked (null for unknown ids and roadmaps the viewer may not see). One statement.
 */
export async function loadRoadmapVersions(
  viewer: RoadmapReader,
  roadmapIds: readonly string[],
): Promise<(number | null)[]> {
  // Nothing to ask: no round trip (Prisma would send WHERE 1=0).
  if (roadmapIds.length === 0) return [];
  const rows = await db().roadmap.findMany({
    where: { id: { in: [...roadmapIds] }, ...visibleRoadmapWhere(viewer) },
    select: { id: true, contentVersion: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.contentVersion]));
  return roadmapIds.map((id) => byId.get(id) ?? null);
}

/** The roadmap each live item the viewer may see belongs to (null for others). One statement. */
export async function findRoadmapIdsOfItems(
  viewer: RoadmapReader,
  itemIds: readonly string[],
): Promise<(string | null)[]> {
  if (itemIds.length === 0) return [];
  const rows = await db().item.findMany({
    where: { id: { in: [...itemIds] }, ...LIVE_ITEM, roadmap: visibleRoadmapWhere(viewer) },
    select: { id: true, roadmapId: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.roadmapId]));
  return itemIds.map((id) => byId.get(id) ?? null);
}
