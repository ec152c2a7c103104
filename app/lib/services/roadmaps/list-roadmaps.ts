import "server-only";

import { db } from "../../db/client";
import type { RoadmapSummary } from "./roadmap-content";
import { LIVE_ITEM } from "./live-item";
import { roadmapSummarySelect, toRoadmapSummary } from "./roadmap-summary";

export interface RoadmapListEntry extends RoadmapSummary {
  itemCount: number;
}

/**
 * The built-in roadmaps (those an administrator imports) with their number of
 * live items, in title order (two statements). A bounded list, the same for
 * everyone: learners' public roadmaps are on the Explore list, which pages.
 */
export async function listRoadmaps(): Promise<RoadmapListEntry[]> {
  const [roadmaps, counts] = await Promise.all([
    db().roadmap.findMany({
      where: { ownerId: null, visibility: "PUBLIC" },
      orderBy: { title: "asc" },
      // Built-in roadmaps have no owner: no need to read one.
      select: { ...roadmapSummarySelect, owner: false },
    }),
    db().item.groupBy({
      by: ["roadmapId"],
      where: { ...LIVE_ITEM, roadmap: { ownerId: null, visibility: "PUBLIC" } },
      _count: { _all: true },
    }),
  ]);
  const countOf = new Map(counts.map((row) => [row.roadmapId, row._count._all]));
  return roadmaps.map((roadmap) => ({
    ...toRoadmapSummary({ ...roadmap, owner: null }),
    itemCount: countOf.get(roadmap.id) ?? 0,
  }));
}
