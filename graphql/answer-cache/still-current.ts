import "server-only";

import { freshSharedReadByKey } from "@/server/platform/fresh-shared-read";
import { findVisibleRoadmapVersions } from "@/server/services/roadmaps/content/find-roadmap-ids";
import type { MaybeViewer } from "@/server/services/viewer";
import { lookupsOf, stampHolds, type ReadsStamp } from "./roadmap-reads";

/*
 * Signed out, every reader of a page makes the same check: concurrent requests
 * share one statement (freshSharedReadByKey), each still seeing every change
 * committed before it asked. Signed in, each viewer's lookups filter by what
 * that viewer may see, so each makes its own.
 */
const signedOutCheck = freshSharedReadByKey((lookups) =>
  findVisibleRoadmapVersions(null, JSON.parse(lookups) as ReturnType<typeof lookupsOf>),
);

/** Whether a cached answer's roadmap lookups still find what they found (roadmap-reads.ts). One statement. */
export async function stillCurrent(viewer: MaybeViewer, stamp: ReadsStamp): Promise<boolean> {
  const lookups = lookupsOf(stamp);
  const rows = viewer
    ? await findVisibleRoadmapVersions(viewer, lookups)
    : await signedOutCheck(JSON.stringify(lookups));
  return stampHolds(stamp, rows);
}
