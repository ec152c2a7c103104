import "server-only";

import type { Prisma } from "../../db/generated/client";
import { db } from "../../db/client";
import { ROADMAP_QUOTAS } from "../../../shared/roadmap-quotas";
import { PUBLIC_ROADMAP } from "../roadmaps/visibility/public-roadmap";
import { requireViewer, type MaybeViewer } from "../viewer";

/**
 * At most this many followed roadmaps are offered, the most recently active
 * first. A learner's own roadmaps need no such cap: a quota bounds them.
 */
export const MAX_OFFERED_FOLLOWED_ROADMAPS = 100;

export interface ShareableRoadmap {
  id: string;
  slug: string;
  title: string;
  /** One an administrator imported, with no owner. */
  builtIn: boolean;
  /** The owner's GitHub login (null for a built-in roadmap). */
  ownerLogin: string | null;
  own: boolean;
  /** The learner has changed a status on it. */
  followed: boolean;
}

/**
 * The one definition of what a learner may show on their profile: a PUBLIC
 * roadmap that is theirs or that they follow (have changed a status on). Never
 * a stranger's roadmap they have nothing to do with.
 */
export function shareableRoadmapWhere(userId: string): Prisma.RoadmapWhereInput {
  return { ...PUBLIC_ROADMAP, OR: [{ ownerId: userId }, { events: { some: { userId } } }] };
}

/**
 * The roadmaps the sharing settings offer, each with its owner, in title order
 * (three statements, each bounded by the learner's own rows: their history,
 * read through its index on the user; those roadmaps and their own; the owners'
 * logins. Nothing reads all the site's roadmaps).
 */
export async function listShareableRoadmaps(viewer: MaybeViewer): Promise<ShareableRoadmap[]> {
  const { userId } = requireViewer(viewer);
  const followed = await db().progressEvent.groupBy({
    by: ["roadmapId"],
    where: { userId, roadmap: PUBLIC_ROADMAP },
    _max: { at: true },
    orderBy: { _max: { at: "desc" } },
    take: MAX_OFFERED_FOLLOWED_ROADMAPS,
  });
  const followedIds = new Set(followed.map((row) => row.roadmapId));
  const rows = await db().roadmap.findMany({
    where: { ...PUBLIC_ROADMAP, OR: [{ ownerId: userId }, { id: { in: [...followedIds] } }] },
    orderBy: [{ title: "asc" }, { slug: "asc" }],
    take: MAX_OFFERED_FOLLOWED_ROADMAPS + ROADMAP_QUOTAS.roadmapsPerLearner,
    select: { id: true, slug: true, title: true, ownerId: true, owner: { select: { login: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    builtIn: row.ownerId === null,
    ownerLogin: row.owner?.login ?? null,
    own: row.ownerId === userId,
    followed: followedIds.has(row.id),
  }));
}
