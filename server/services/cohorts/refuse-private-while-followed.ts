import "server-only";

import type { Prisma } from "../../db/generated/client";
import { BadInputError } from "../../../shared/errors";

/**
 * A roadmap a cohort follows may not turn private: its members could no longer
 * see it. Call it in the write's transaction once the roadmap's row is locked
 * (so a cohort created at the same time is seen).
 */
export async function refusePrivateWhileFollowed(tx: Prisma.TransactionClient, roadmapId: string): Promise<void> {
  const cohorts = await tx.cohort.count({ where: { roadmapId } });
  if (cohorts > 0) {
    const message = `${cohorts === 1 ? "a cohort follows" : `${cohorts} cohorts follow`} this roadmap: its members must be able to see it; keep it unlisted or public`;
    throw new BadInputError(`visibility: ${message}`, { fields: { visibility: message } });
  }
}
