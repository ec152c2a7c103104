import "server-only";

import { db } from "../../db/client";
import { completionFromCounts, type Completion } from "../../../shared/completion";
import { LIVE_ITEM } from "../roadmaps/content/live-item";

/**
 * A user's completion of several roadmaps from status counts (one statement).
 * Callers authorize: this trusts the user id.
 */
export async function userCompletionByRoadmap(
  userId: string,
  roadmaps: readonly { id: string; itemCount: number }[],
): Promise<Map<string, Completion>> {
  const rows = await db().progress.groupBy({
    by: ["roadmapId", "status"],
    where: {
      userId,
      roadmapId: { in: roadmaps.map((roadmap) => roadmap.id) },
      status: { not: "NOT_STARTED" },
      item: LIVE_ITEM,
    },
    _count: { _all: true },
  });
  const count = (roadmapId: string, status: string) =>
    rows.find((row) => row.roadmapId === roadmapId && row.status === status)?._count._all ?? 0;
  return new Map(
    roadmaps.map((roadmap) => [
      roadmap.id,
      completionFromCounts({
        total: roadmap.itemCount,
        done: count(roadmap.id, "DONE"),
        inProgress: count(roadmap.id, "IN_PROGRESS"),
        skipped: count(roadmap.id, "SKIPPED"),
      }),
    ]),
  );
}
