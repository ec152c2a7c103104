import "server-only";

import { cache } from "react";
import { db } from "../../../db/client";
import type { RoadmapSummary } from "../content/roadmap-content";
import { countLiveItems } from "../content/count-live-items";
import { BUILT_IN_ROADMAP } from "../visibility/roadmap-access";
import { roadmapSummarySelect, toRoadmapSummary } from "./roadmap-summary";

export interface RoadmapListEntry extends RoadmapSummary {
  itemCount: number;
}

export interface BuiltInRoadmapEntry extends RoadmapListEntry {
  /** Bumped by every save: a cached answer that lists the roadmaps is checked against it. */
  contentVersion: number;
}

/**
 * The built-in roadmaps (those an administrator imports) with their number of
 * live items, in title order (two statements). A bounded list, the same for
 * everyone: learners' public roadmaps are on the Explore list, which pages.
 * Memoised per page render (the home page lists them, and a guest's counts read
 * them again); elsewhere each call reads.
 */
export const listRoadmaps = cache(async (): Promise<BuiltInRoadmapEntry[]> => {
  const roadmaps = await db().roadmap.findMany({
    where: BUILT_IN_ROADMAP,
    orderBy: { title: "asc" },
    // Built-in roadmaps have no owner: no need to read one.
    select: { ...roadmapSummarySelect, contentVersion: true, owner: false },
  });
  const countOf = await countLiveItems(roadmaps.map((roadmap) => roadmap.id));
  return roadmaps.map((roadmap) => ({
    ...toRoadmapSummary({ ...roadmap, owner: null }),
    itemCount: countOf.get(roadmap.id) ?? 0,
    contentVersion: roadmap.contentVersion,
  }));
});
