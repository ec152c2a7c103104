import "server-only";

import { db } from "../../../db/client";
import { directRead } from "../../../db/direct-read";
import { LIVE_ITEM } from "./live-item";
import { Prisma } from "../../../db/generated/client";
import {
  BUILT_IN_ROADMAP_SQL,
  visibleRoadmapSql,
  visibleRoadmapWhere,
  type RoadmapReader,
} from "../visibility/roadmap-access";

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

/** Which roadmaps a cached answer read (graphql/answer-cache/roadmap-reads.ts): by id, by slug, and the built-in list. */
export interface RoadmapLookups {
  ids: readonly string[];
  slugs: readonly string[];
  builtIns: boolean;
}

export interface VisibleRoadmapVersion extends RoadmapRef {
  slug: string;
  builtIn: boolean;
}

/**
 * The roadmaps `viewer` may see among those with these ids or slugs (and every
 * built-in one when asked), with their content versions. One statement by
 * primary key, slug and the owner index: its cost does not grow with the site.
 * Raw SQL, sent without Prisma (direct-read.ts): it runs before every cached
 * answer is served, where Prisma's own work per query was a visible share of the request.
 */
export async function findVisibleRoadmapVersions(
  viewer: RoadmapReader,
  lookups: RoadmapLookups,
): Promise<VisibleRoadmapVersion[]> {
  const wanted: Prisma.Sql[] = [];
  if (lookups.ids.length > 0) wanted.push(Prisma.sql`r."id" = ANY(${[...lookups.ids]})`);
  if (lookups.slugs.length > 0) wanted.push(Prisma.sql`r."slug" = ANY(${[...lookups.slugs]})`);
  if (lookups.builtIns) wanted.push(BUILT_IN_ROADMAP_SQL);
  if (wanted.length === 0) return [];
  return directRead<VisibleRoadmapVersion>(Prisma.sql`
    SELECT r."id", r."slug", r."contentVersion", ${BUILT_IN_ROADMAP_SQL} AS "builtIn"
    FROM "Roadmap" r
    WHERE (${Prisma.join(wanted, " OR ")}) AND ${visibleRoadmapSql(viewer)}`);
}
