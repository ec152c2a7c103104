import "server-only";

import { db } from "../../db/client";
import { listRoadmaps } from "../roadmaps/listing/list-roadmaps";
import { requireViewer, type MaybeViewer } from "../viewer";

export interface CohortRoadmapChoice {
  id: string;
  title: string;
  /** Null for a built-in roadmap. */
  ownerLogin: string | null;
}

/**
 * The roadmaps a learner may start a cohort on, as createCohort accepts them:
 * the built-in ones, then their own public and unlisted ones (never private:
 * members could not see it), by title. Two statements and the built-in list.
 */
export async function cohortRoadmapChoices(viewer: MaybeViewer): Promise<CohortRoadmapChoice[]> {
  const { userId } = requireViewer(viewer);
  const [builtIn, own] = await Promise.all([
    listRoadmaps(),
    db().roadmap.findMany({
      where: { ownerId: userId, visibility: { not: "PRIVATE" } },
      orderBy: { title: "asc" },
      take: 200,
      select: { id: true, title: true, owner: { select: { login: true } } },
    }),
  ]);
  return [
    ...builtIn.map((roadmap) => ({ id: roadmap.id, title: roadmap.title, ownerLogin: null })),
    ...own.map((roadmap) => ({ id: roadmap.id, title: roadmap.title, ownerLogin: roadmap.owner?.login ?? null })),
  ];
}
