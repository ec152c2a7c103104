import "server-only";

import { db } from "../../db/client";
import type { ItemStatus } from "../../db/generated/enums";
import type { MaybeViewer } from "../viewer";
import { requireScope } from "../viewer";

export interface ItemProgress {
  status: ItemStatus;
  updatedAt: Date;
}

export type ProgressMap = Map<string, ItemProgress>;

/**
 * The viewer's progress on several roadmaps (one statement), keyed by roadmap
 * then item; items never touched are absent (NOT_STARTED). Signed-out viewers
 * have none; tokens need READ_PROGRESS.
 */
export async function loadProgress(
  viewer: MaybeViewer,
  roadmapIds: readonly string[],
): Promise<Map<string, ProgressMap>> {
  const byRoadmap = new Map<string, ProgressMap>(roadmapIds.map((id) => [id, new Map()]));
  if (!viewer) return byRoadmap;
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const rows = await db().progress.findMany({
    where: { userId, roadmapId: { in: [...roadmapIds] }, updatedAt: { gt: new Date(0) } },
    select: { roadmapId: true, itemId: true, status: true, updatedAt: true },
  });
  for (const row of rows)
    byRoadmap.get(row.roadmapId)?.set(row.itemId, { status: row.status, updatedAt: row.updatedAt });
  return byRoadmap;
}
