import "server-only";

import { db } from "../../../db/client";
import { LIVE_ITEM_SQL } from "./live-item";

/**
 * The number of live items of each roadmap (absent: none), in one statement
 * that reads only these roadmaps' sections and their items (by the section
 * index). Driven from Item, as Prisma writes LIVE_ITEM's relation filter, the
 * planner hashed every section of the site: on bench:site's large site, 117 ms
 * a page of Explore instead of 10.
 */
export async function countLiveItems(roadmapIds: readonly string[]): Promise<Map<string, number>> {
  if (roadmapIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ roadmapId: string; count: number }[]>`
    SELECT s."roadmapId", count(*)::int AS "count"
    FROM "Section" s JOIN "Item" i ON i."sectionId" = s."id"
    WHERE s."roadmapId" = ANY(${[...roadmapIds]}) AND ${LIVE_ITEM_SQL}
    GROUP BY s."roadmapId"`;
  return new Map(rows.map((row) => [row.roadmapId, row.count]));
}
