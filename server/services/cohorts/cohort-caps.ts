import "server-only";

import type { Prisma } from "../../db/generated/client";
import { COHORT_LIMITS } from "../../../shared/cohorts/cohort-limits";
import { BadInputError } from "../../../shared/errors";

type Tx = Prisma.TransactionClient;

/**
 * Refuses a learner who is in COHORT_LIMITS.cohortsPerLearner cohorts already.
 * Their user row is locked first, so two joins of one learner at once cannot
 * both pass the count.
 */
export async function assertRoomForAnotherCohort(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const count = await tx.cohortMember.count({ where: { userId } });
  if (count >= COHORT_LIMITS.cohortsPerLearner) {
    throw new BadInputError(
      `You are in ${COHORT_LIMITS.cohortsPerLearner} cohorts already, the most a learner may be in; leave one first.`,
      { limit: "cohortsPerLearner" },
    );
  }
}

/**
 * Refuses a new member once the cohort has COHORT_LIMITS.membersPerCohort. The
 * cohort's row is locked first, so concurrent joins queue and each counts the
 * others. False when the cohort is gone.
 */
export async function assertRoomInCohort(tx: Tx, cohortId: string): Promise<boolean> {
  const [cohort] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Cohort" WHERE "id" = ${cohortId} FOR UPDATE`;
  if (!cohort) return false;
  const count = await tx.cohortMember.count({ where: { cohortId } });
  if (count >= COHORT_LIMITS.membersPerCohort) {
    throw new BadInputError(
      `This cohort has ${COHORT_LIMITS.membersPerCohort} members, the most a cohort may have: ask its owner to make room.`,
      { limit: "membersPerCohort" },
    );
  }
  return true;
}
