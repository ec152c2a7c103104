import "server-only";

import { db } from "../../db/client";

export interface CohortInviteRecord {
  createdAt: Date;
  expiresAt: Date | null;
  maxUses: number | null;
  uses: number;
  /** Null for invites made before secrets were kept. */
  secret: string | null;
}

/**
 * The cohorts' current invites, with their secrets, in the order asked (null: none), in one
 * statement. Callers authorize: only a cohort's owner and mentors may see its invite.
 */
export async function cohortInvitesOf(cohortIds: readonly string[]): Promise<(CohortInviteRecord | null)[]> {
  const rows = await db().cohortInvite.findMany({
    where: { cohortId: { in: [...cohortIds] } },
    select: { cohortId: true, createdAt: true, expiresAt: true, maxUses: true, uses: true, secret: true },
  });
  const byCohort = new Map(rows.map(({ cohortId, ...invite }) => [cohortId, invite]));
  return cohortIds.map((id) => byCohort.get(id) ?? null);
}
