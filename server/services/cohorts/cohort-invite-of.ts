import "server-only";

import { db } from "../../db/client";

/**
 * A cohort's current invite, with its secret (null for invites made before
 * secrets were kept). Callers authorize: only owners and mentors may see it.
 */
export async function cohortInviteOf(cohortId: string) {
  return db().cohortInvite.findUnique({
    where: { cohortId },
    select: { createdAt: true, expiresAt: true, maxUses: true, uses: true, secret: true },
  });
}
