import "server-only";

import { freshSharedReadByKey } from "@/server/platform/fresh-shared-read";
import { findVisibleRoadmapVersions, type RoadmapLookups } from "@/server/services/roadmaps/content/find-roadmap-ids";
import type { MaybeViewer } from "@/server/services/viewer";
import { lookupsOf, stampHolds, type ReadsStamp } from "./roadmap-reads";

/*
 * Concurrent requests that make the same check for the same reader (every
 * signed-out reader of a page; one learner's tabs and scripts) share one
 * statement (freshSharedReadByKey), each still seeing every change committed
 * before it asked. What a lookup finds depends on the reader only through
 * their user id (roadmap-access.ts), so that is all the key holds of them.
 */
const sharedCheck = freshSharedReadByKey((key) => {
  const [userId, lookups] = JSON.parse(key) as [string | null, RoadmapLookups];
  return findVisibleRoadmapVersions(userId === null ? null : { userId }, lookups);
});

/** Whether a cached answer's roadmap lookups still find what they found (roadmap-reads.ts). One statement. */
export async function stillCurrent(viewer: MaybeViewer, stamp: ReadsStamp): Promise<boolean> {
  const rows = await sharedCheck(JSON.stringify([viewer?.userId ?? null, lookupsOf(stamp)]));
  return stampHolds(stamp, rows);
}
