import "server-only";

import type { ItemStatus } from "../../db/generated/enums";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import { requireScope, type MaybeViewer } from "../viewer";
import { getRunCohortOrThrow } from "./cohort-access";
import { cohortSectionStatuses } from "./cohort-section-statuses";

export interface CohortColumn {
  sectionId: string;
  items: { id: string; title: string }[];
  /** Per member: one status per item, in the order of `items`. */
  statuses: Map<string, ItemStatus[]>;
}

/**
 * One section of the mentor's matrix opened to its items (the owner and
 * mentors): every member's status of each item, in one statement. Null for a
 * section not on the cohort's roadmap.
 */
export async function loadCohortColumn(
  viewer: MaybeViewer,
  cohortId: string,
  sectionId: string,
): Promise<CohortColumn | null> {
  const known = requireScope(viewer, "COHORTS");
  const cohort = await getRunCohortOrThrow(known, cohortId, "open a section of the matrix");
  const [content] = await loadRoadmapContents(known, [cohort.roadmapId]);
  const section = content?.sections.find((candidate) => candidate.id === sectionId);
  if (!section) return null;
  const byUser = await cohortSectionStatuses(
    cohort.id,
    cohort.roadmapId,
    section.allItems.map((item) => item.id),
  );
  const statuses = new Map<string, ItemStatus[]>();
  for (const [userId, ofUser] of byUser) {
    statuses.set(
      userId,
      section.allItems.map((item) => ofUser.get(item.id) ?? "NOT_STARTED"),
    );
  }
  return { sectionId, items: section.allItems.map((item) => ({ id: item.id, title: item.title })), statuses };
}
