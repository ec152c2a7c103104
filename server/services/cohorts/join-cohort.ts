import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError, NotFoundError } from "../../../shared/errors";
import { retryOnDeadlock } from "../retry-on-deadlock";
import { validate } from "../validate";
import { hasScope, requireScope, type MaybeViewer } from "../viewer";
import { syncSkills } from "../skills/sync-skills";
import { assertRoomForAnotherCohort, assertRoomInCohort } from "./cohort-caps";
import { findCohortsOfMember, type CohortView } from "./cohort-access";
import { assertInviteUsable, inviteOrThrow } from "./usable-invite-or-throw";

export const joinCohortInput = z.object({ invite: z.string().trim().min(1, "is required").max(2000, "is too long") });

/**
 * Joins the cohort of an invite link (or the secret in it) as a MEMBER. Joining
 * again changes nothing and uses nothing. A rotated, expired or used-up invite,
 * a full cohort, or a learner in too many cohorts already is refused with what
 * happened. Locks, in this order: the cohort, its invite, the learner (so
 * concurrent joins cannot pass a cap together).
 */
export async function joinCohort(viewer: MaybeViewer, input: unknown): Promise<CohortView> {
  const known = requireScope(viewer, "COHORTS");
  const { invite } = validate(joinCohortInput, input);
  const cohortId = await retryOnDeadlock(() =>
    db().$transaction(async (tx) => {
      const found = await inviteOrThrow(tx, invite);
      const already = await tx.cohortMember.findUnique({
        where: { cohortId_userId: { cohortId: found.cohortId, userId: known.userId } },
        select: { role: true },
      });
      if (already) return found.cohortId;
      assertInviteUsable(found);
      if (!(await assertRoomInCohort(tx, found.cohortId))) throw new NotFoundError("Invite");
      // Read again under the cohort's lock: a rotation or another join may have come first.
      const [current] = await tx.$queryRaw<{ uses: number; maxUses: number | null }[]>`
        SELECT "uses", "maxUses" FROM "CohortInvite"
        WHERE "cohortId" = ${found.cohortId} AND "tokenHash" = ${found.tokenHash} FOR UPDATE`;
      if (!current) throw new NotFoundError("Invite");
      if (current.maxUses !== null && current.uses >= current.maxUses) {
        throw new BadInputError("This invite link has been used as many times as it may be; ask for a new one.");
      }
      await assertRoomForAnotherCohort(tx, known.userId);
      const member = await tx.cohortMember.create({
        data: { cohortId: found.cohortId, userId: known.userId, role: "MEMBER" },
        select: { cohort: { select: { roadmapId: true } } },
      });
      await tx.cohortInvite.update({ where: { cohortId: found.cohortId }, data: { uses: { increment: 1 } } });
      // The cohort's roadmap is followed from now on: it receives the learner's skills, so the
      // mentors see them counted. That writes progress, which a token may only with WRITE_PROGRESS
      // (without it, the skills reach the roadmap with their next change).
      if (hasScope(known, "WRITE_PROGRESS"))
        await syncSkills(tx, known.userId, { followed: [member.cohort.roadmapId] });
      return found.cohortId;
    }),
  );
  const [cohort] = await findCohortsOfMember(known.userId, [cohortId]);
  // Removed or deleted right after joining.
  if (!cohort) throw new NotFoundError(`Cohort ${cohortId}`);
  return cohort;
}
