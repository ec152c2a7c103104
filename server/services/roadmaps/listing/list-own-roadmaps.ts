import "server-only";

import { db } from "../../../db/client";
import { pageQuery, readPageRequest, toPage, type Page } from "../../pagination";
import { requireViewer, type MaybeViewer } from "../../viewer";
import { withItemCounts } from "./list-explore-roadmaps";
import type { RoadmapListEntry } from "./list-roadmaps";
import { roadmapSummarySelect, toRoadmapSummary } from "./roadmap-summary";

/** The viewer's own roadmaps (written or forked), newest first, a page at a time. */
export async function listOwnRoadmaps(viewer: MaybeViewer, input: unknown): Promise<Page<RoadmapListEntry>> {
  const { userId } = requireViewer(viewer);
  const request = readPageRequest(input);
  const page = pageQuery(request);
  const rows = await db().roadmap.findMany({
    where: { AND: [{ ownerId: userId }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: { ...roadmapSummarySelect, createdAt: true },
  });
  return withItemCounts(toPage(rows, request, ({ createdAt: _createdAt, ...row }) => toRoadmapSummary(row)));
}
