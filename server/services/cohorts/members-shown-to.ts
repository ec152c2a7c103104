import "server-only";

import { runsCohort, type CohortView } from "./cohort-access";
import type { MemberFigures } from "./cohort-figures";

/**
 * The members whose name and figures the viewer may see: every member for the
 * owner and mentors (joining says so), otherwise the viewer and the members who
 * chose to show themselves (showMeToCohort).
 */
export function membersShownTo(cohort: CohortView, members: readonly MemberFigures[]): MemberFigures[] {
  if (runsCohort(cohort.viewerRole)) return [...members];
  return members.filter((member) => member.showMeToCohort || member.userId === cohort.viewerId);
}
