import "server-only";

import { db } from "../../db/client";
import { requireScope, type MaybeViewer } from "../viewer";
import { LIVE_ITEM } from "../roadmaps/content/live-item";
import { visibleRoadmapSql, visibleRoadmapWhere } from "../roadmaps/visibility/roadmap-access";

/**
 * Roadmaps the viewer has changed anything on, most recently active first (one
 * statement). A reset is not activity: it does not move a roadmap up. The
 * learner's own history is grouped first (their index on userId), then each of
 * its few roadmaps is checked by primary key. The check is a LATERAL subquery
 * with a LIMIT so that the planner cannot turn it into a join: it cannot know
 * how few roadmaps one learner follows, and hash-joined a scan of every visible
 * roadmap of the site (bench:site's plan check).
 */
export async function followedRoadmapIds(viewer: MaybeViewer): Promise<string[]> {
  const known = requireScope(viewer, "READ_PROGRESS");
  const rows = await db().$queryRaw<{ roadmapId: string }[]>`
    SELECT followed."roadmapId"
    FROM (
      SELECT e."roadmapId", max(e."at") AS "lastAt"
      FROM "ProgressEvent" e
      WHERE e."userId" = ${known.userId} AND e."kind" = 'CHANGE'
      GROUP BY e."roadmapId"
    ) followed
    CROSS JOIN LATERAL (
      SELECT 1 FROM "Roadmap" r WHERE r."id" = followed."roadmapId" AND ${visibleRoadmapSql(known)} LIMIT 1
    ) visible
    ORDER BY followed."lastAt" DESC, followed."roadmapId"`;
  return rows.map((row) => row.roadmapId);
}

/** Items the viewer has in progress, most recently changed first. */
export async function inProgressItemIds(
  viewer: MaybeViewer,
  first: number,
): Promise<{ itemId: string; roadmapId: string }[]> {
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  return db().progress.findMany({
    // A roadmap its owner made private since is gone from the list, like a deleted one.
    where: { userId, status: "IN_PROGRESS", item: LIVE_ITEM, roadmap: visibleRoadmapWhere(viewer) },
    orderBy: { updatedAt: "desc" },
    take: Math.min(Math.max(Math.trunc(first), 0), 100),
    select: { itemId: true, roadmapId: true },
  });
}
