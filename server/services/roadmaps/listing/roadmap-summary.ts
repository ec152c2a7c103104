import "server-only";

import type { RoadmapSummary } from "../content/roadmap-content-types";

/** What every list of roadmaps selects, and how a row becomes a RoadmapSummary. */
export const roadmapSummarySelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  updatedAt: true,
  visibility: true,
  ownerId: true,
  forkedFromId: true,
  forkedAt: true,
  language: true,
  owner: { select: { login: true } },
} as const;

export function toRoadmapSummary({
  owner,
  forkedAt,
  ...row
}: Omit<RoadmapSummary, "ownerLogin" | "isFork" | "originalLanguage"> & {
  forkedAt: Date | null;
  owner: { login: string | null } | null;
}): RoadmapSummary {
  return { ...row, ownerLogin: owner?.login ?? null, isFork: forkedAt !== null, originalLanguage: row.language };
}
