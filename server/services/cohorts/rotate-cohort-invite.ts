import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { idSchema } from "../ids";
import { notFoundIfGone } from "../not-found-if-gone";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { getRunCohortOrThrow, type CohortView } from "./cohort-access";
import { inviteOptions } from "./invite-input";
import { hashInviteSecret, newInviteSecret } from "./invite-secret";

export const rotateCohortInviteInput = z.object({ cohortId: idSchema, ...inviteOptions });

/**
 * Replaces the cohort's invite with a new secret (and the expiry and uses
 * asked): the old link stops at once, since joining looks the new secret's hash up.
 * The owner and mentors may.
 */
export async function rotateCohortInvite(viewer: MaybeViewer, input: unknown): Promise<CohortView> {
  const known = requireScope(viewer, "COHORTS");
  const request = validate(rotateCohortInviteInput, input);
  const cohort = await getRunCohortOrThrow(known, request.cohortId, "make a new invite link");
  const secret = newInviteSecret();
  const invite = {
    tokenHash: hashInviteSecret(secret),
    secret,
    expiresAt: request.inviteExpiresAt,
    maxUses: request.inviteMaxUses,
    uses: 0,
    createdAt: new Date(),
  };
  // The cohort may be deleted in between: then it is not found, as if that came first.
  await notFoundIfGone(`Cohort ${cohort.id}`, () =>
    db().cohortInvite.upsert({
      where: { cohortId: cohort.id },
      create: { cohortId: cohort.id, ...invite },
      update: invite,
    }),
  );
  return { ...cohort, freshInviteSecret: secret };
}
