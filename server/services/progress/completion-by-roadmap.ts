import "server-only";

import type { Completion } from "../../../shared/completion";
import type { MaybeViewer } from "../viewer";
import { requireScope } from "../viewer";
import { userCompletionByRoadmap } from "./user-completion-by-roadmap";

/**
 * The viewer's completion of several roadmaps from status counts (one
 * statement), for lists where loading every item would be waste.
 */
export async function completionByRoadmap(
  viewer: MaybeViewer,
  roadmaps: { id: string; itemCount: number }[],
): Promise<Map<string, Completion>> {
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  return userCompletionByRoadmap(userId, roadmaps);
}
