import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError, NotFoundError } from "../../../shared/errors";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { getOwnCohortOrThrow, type CohortView } from "./cohort-access";
import { findMemberByLoginOrThrow } from "./find-member-by-login";
import { memberInput } from "./member-input";

export const setCohortMemberRoleInput = memberInput.extend({
  role: z.enum(["MENTOR", "MEMBER"], "must be MENTOR or MEMBER (a cohort has one owner, its creator)"),
});

/** The owner makes a member a mentor, or a mentor a member again. Returns the cohort and the member's user id. */
export async function setCohortMemberRole(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ cohort: CohortView; userId: string }> {
  const known = requireScope(viewer, "COHORTS");
  const { cohortId, login, role } = validate(setCohortMemberRoleInput, input);
  const cohort = await getOwnCohortOrThrow(known, cohortId, "choose mentors");
  const member = await findMemberByLoginOrThrow(db(), cohortId, login);
  if (member.role === "OWNER") throw new BadInputError("The owner's role cannot change.");
  const { count } = await db().cohortMember.updateMany({
    where: { cohortId, userId: member.userId, role: { not: "OWNER" } },
    data: { role },
  });
  // Left or removed in between.
  if (count === 0) throw new NotFoundError(`Member ${login}`);
  return { cohort, userId: member.userId };
}
