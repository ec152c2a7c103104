import "server-only";

import { cohortSectionStatuses } from "@/server/services/cohorts/cohort-section-statuses";
import { percentFinished } from "@/shared/completion";
import type {
  CohortConnectionResolvers,
  CohortMatrixResolvers,
  CohortMatrixRowResolvers,
  CohortMatrixSectionResolvers,
  CohortMemberConnectionResolvers,
} from "../generated/resolvers-types";
import { pageInfo } from "./connections";

export const CohortMatrix: CohortMatrixResolvers = {
  sections: ({ figures }) => figures.content.sections,
  rows: ({ cohort, figures }) =>
    figures.members.map((member) => ({ member: { cohort, member, content: figures.content } })),
  sectionTotals: ({ figures }) => figures.content.sections.map((section) => section.allItems.length),
  section: ({ cohort, figures }, { id }) => {
    const section = figures.content.sections.find((candidate) => candidate.id === id);
    return section ? { matrix: { cohort, figures }, section } : null;
  },
};

export const CohortMatrixRow: CohortMatrixRowResolvers = {
  // Three numbers a section in one list: a matrix at the cap is 500 lists instead of 7,500 objects.
  counts: ({ member: { member, content } }) => {
    const counts: number[] = [];
    for (const section of content.sections) {
      const cell = member.sections.get(section.id);
      counts.push(cell?.done ?? 0, cell?.skipped ?? 0, cell?.inProgress ?? 0);
    }
    return counts;
  },
  // Built field by field (a matrix at the cap has 7,500 cells; spreads cost more than the rule).
  cells: ({ member: { member, content } }) =>
    content.sections.map((section) => {
      const counts = member.sections.get(section.id);
      const total = section.allItems.length;
      const done = counts?.done ?? 0;
      const inProgress = counts?.inProgress ?? 0;
      const skipped = counts?.skipped ?? 0;
      return {
        sectionId: section.id,
        total,
        done,
        inProgress,
        skipped,
        percent: percentFinished(done, skipped, total),
      };
    }),
};

export const CohortMatrixSection: CohortMatrixSectionResolvers = {
  items: ({ section }) => section.allItems,
  // One statement for every member's statuses on the section's items.
  rows: async ({ matrix: { cohort, figures }, section }) => {
    const statuses = await cohortSectionStatuses(
      cohort.id,
      cohort.roadmapId,
      section.allItems.map((item) => item.id),
    );
    return figures.members.map((member) => {
      const ofMember = statuses.get(member.userId);
      return {
        member: { cohort, member, content: figures.content },
        statuses: section.allItems.map((item) => ofMember?.get(item.id) ?? "NOT_STARTED"),
      };
    });
  },
};

export const CohortMemberConnection: CohortMemberConnectionResolvers = {
  nodes: (page) => page.edges.map((edge) => edge.node),
  pageInfo: (page) => pageInfo(page),
};

export const CohortConnection: CohortConnectionResolvers = {
  nodes: (page) => page.edges.map((edge) => edge.node),
  pageInfo: (page) => pageInfo(page),
};
