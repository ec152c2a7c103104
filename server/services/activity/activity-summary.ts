import "server-only";

import { requireScope, type MaybeViewer } from "../viewer";
import { userActivity, type ActivitySummary } from "./user-activity";

export { heatmapStart, type ActivitySummary } from "./user-activity";

/**
 * The viewer's status changes per day for the activity heatmap, and their
 * streaks, with days cut in the viewer's time zone (one statement).
 */
export async function activitySummary(
  viewer: MaybeViewer,
  timeZone: string,
  now = new Date(),
): Promise<ActivitySummary> {
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  return userActivity(userId, { timeZone, now });
}
