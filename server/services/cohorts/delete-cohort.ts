import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { idSchema } from "../ids";
import { retryOnDeadlock } from "../retry-on-deadlock";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { getOwnCohortOrThrow } from "./cohort-access";

export const deleteCohortInput = z.object({ cohortId: idSchema });

/** The owner deletes the cohort, its members and its invite (the members' own progress stays theirs). */
export async function deleteCohort(viewer: MaybeViewer, input: unknown): Promise<boolean> {
  const known = requireScope(viewer, "COHORTS");
  const { cohortId } = validate(deleteCohortInput, input);
  await getOwnCohortOrThrow(known, cohortId, "delete it");
  const { count } = await retryOnDeadlock(() =>
    db().cohort.deleteMany({ where: { id: cohortId, ownerId: known.userId } }),
  );
  return count === 1;
}
