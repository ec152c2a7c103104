import "server-only";

import { db } from "../../db/client";

/** A cohort's current invite without its secret (callers authorize: owners and mentors). */
export async function cohortInviteOf(cohortId: string) {
  return db().cohortInvite.findUnique({
    where: { cohortId },
    select: { createdAt: true, expiresAt: true, maxUses: true, uses: true },
  });
}
