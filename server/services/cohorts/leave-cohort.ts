import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError } from "../../../shared/errors";
import { idSchema } from "../ids";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { getCohortOrThrow } from "./cohort-access";

export const leaveCohortInput = z.object({ cohortId: idSchema });

/**
 * The viewer leaves a cohort: from then on it shows nothing of theirs (figures,
 * statuses, a shared note) to anyone. The owner cannot leave: they delete the
 * cohort instead. True when they were in it.
 */
export async function leaveCohort(viewer: MaybeViewer, input: unknown): Promise<boolean> {
  const known = requireScope(viewer, "COHORTS");
  const { cohortId } = validate(leaveCohortInput, input);
  const cohort = await getCohortOrThrow(known, cohortId);
  if (cohort.viewerRole === "OWNER") {
    throw new BadInputError("The owner cannot leave their cohort; delete it instead (deleteCohort).");
  }
  const { count } = await db().cohortMember.deleteMany({
    where: { cohortId, userId: known.userId, role: { not: "OWNER" } },
  });
  return count === 1;
}
