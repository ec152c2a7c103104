import "server-only";

import { db } from "../../db/client";
import { BadInputError } from "../../../shared/errors";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { getOwnCohortOrThrow } from "./cohort-access";
import { findMemberByLoginOrThrow } from "./find-member-by-login";
import { memberInput } from "./member-input";

export const removeCohortMemberInput = memberInput;

/**
 * The owner removes a member (or a mentor): from then on the cohort shows
 * nothing of theirs to anyone, and the export leaves them out. The owner cannot
 * remove themselves. True when the member was there.
 */
export async function removeCohortMember(viewer: MaybeViewer, input: unknown): Promise<boolean> {
  const known = requireScope(viewer, "COHORTS");
  const { cohortId, login } = validate(removeCohortMemberInput, input);
  await getOwnCohortOrThrow(known, cohortId, "remove members");
  const member = await findMemberByLoginOrThrow(db(), cohortId, login);
  if (member.role === "OWNER") throw new BadInputError("The owner cannot be removed; delete the cohort instead.");
  const { count } = await db().cohortMember.deleteMany({
    where: { cohortId, userId: member.userId, role: { not: "OWNER" } },
  });
  return count === 1;
}
