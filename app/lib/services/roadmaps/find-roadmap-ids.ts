import "server-only";

import { db } from "../../db/client";
import { LIVE_ITEM } from "./live-item";

/** Roadmap ids for slugs, in the order asked (null where there is none). One statement. */
export async function findRoadmapIdsBySlugs(slugs: readonly string[]): Promise<(string | null)[]> {
  const rows = await db().roadmap.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  return slugs.map((slug) => bySlug.get(slug) ?? null);
}

/** The roadmap each live item belongs to (null for unknown or retired items). One statement. */
export async function findRoadmapIdsOfItems(itemIds: readonly string[]): Promise<(string | null)[]> {
  const rows = await db().item.findMany({
    where: { id: { in: [...itemIds] }, ...LIVE_ITEM },
    select: { id: true, roadmapId: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.roadmapId]));
  return itemIds.map((id) => byId.get(id) ?? null);
}
