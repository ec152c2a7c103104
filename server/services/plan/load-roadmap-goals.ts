import "server-only";

import { db } from "../../db/client";
import { requireScope, type MaybeViewer } from "../viewer";
import { isoDay, NO_GOAL, type RoadmapGoal } from "./roadmap-goal";

/** The viewer's goals on several roadmaps (one statement); no goal where none was set, and signed out. */
export async function loadRoadmapGoals(
  viewer: MaybeViewer,
  roadmapIds: readonly string[],
): Promise<Map<string, RoadmapGoal>> {
  const goals = new Map<string, RoadmapGoal>(roadmapIds.map((id) => [id, NO_GOAL]));
  if (!viewer || roadmapIds.length === 0) return goals;
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const rows = await db().roadmapGoal.findMany({
    where: { userId, roadmapId: { in: [...roadmapIds] } },
    select: { roadmapId: true, targetDate: true, weeklyGoal: true },
  });
  for (const row of rows) goals.set(row.roadmapId, { targetDate: isoDay(row.targetDate), weeklyGoal: row.weeklyGoal });
  return goals;
}
