import "server-only";

import { db } from "../../db/client";
import type { RoadmapSummary } from "./roadmap-content";
import { LIVE_ITEM } from "./live-item";

export interface RoadmapListEntry extends RoadmapSummary {
  itemCount: number;
}

/** Every roadmap with its number of live items, in title order (two statements). */
export async function listRoadmaps(): Promise<RoadmapListEntry[]> {
  const [roadmaps, counts] = await Promise.all([
    db().roadmap.findMany({
      orderBy: { title: "asc" },
      select: { id: true, slug: true, title: true, description: true, updatedAt: true },
    }),
    db().item.groupBy({
      by: ["roadmapId"],
      where: LIVE_ITEM,
      _count: { _all: true },
    }),
  ]);
  const countOf = new Map(counts.map((row) => [row.roadmapId, row._count._all]));
  return roadmaps.map((roadmap) => ({ ...roadmap, itemCount: countOf.get(roadmap.id) ?? 0 }));
}
