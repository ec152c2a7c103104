import "server-only";

import { db } from "../../../db/client";
import { canSeeRoadmap, type RoadmapReader } from "../visibility/roadmap-access";
import type { RoadmapSummary } from "../content/roadmap-content-types";

/** What a viewer may know of the roadmap a fork was made from. */
export type ForkOrigin =
  | { kind: "visible"; title: string; ownerLogin: string | null; path: string }
  /** It exists, but is private to someone else: nothing about it is told. */
  | { kind: "hidden" }
  | { kind: "deleted" };

/**
 * Where a fork comes from, as `viewer` may be told: the original's title,
 * owner and page while it exists and they may see it (the visibility rule of
 * roadmap-access.ts, checked here on the server), else only that it is hidden
 * or gone. Null for a roadmap that is not a fork. One statement, by primary key.
 */
export async function forkOrigin(
  viewer: RoadmapReader,
  roadmap: Pick<RoadmapSummary, "isFork" | "forkedFromId">,
): Promise<ForkOrigin | null> {
  if (!roadmap.forkedFromId) return roadmap.isFork ? { kind: "deleted" } : null;
  const original = await db().roadmap.findUnique({
    where: { id: roadmap.forkedFromId },
    select: { slug: true, title: true, visibility: true, ownerId: true, owner: { select: { login: true } } },
  });
  if (!original) return { kind: "deleted" };
  if (!canSeeRoadmap(viewer, original)) return { kind: "hidden" };
  return {
    kind: "visible",
    title: original.title,
    ownerLogin: original.owner?.login ?? null,
    path: `/roadmaps/${original.slug}`,
  };
}
