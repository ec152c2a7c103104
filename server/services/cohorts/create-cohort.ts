import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import type { RoadmapVisibility } from "../../db/generated/enums";
import { COHORT_LIMITS } from "../../../shared/cohorts/cohort-limits";
import { BadInputError, NotFoundError } from "../../../shared/errors";
import { idSchema } from "../ids";
import { canSeeRoadmap } from "../roadmaps/visibility/roadmap-access";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { assertRoomForAnotherCohort } from "./cohort-caps";
import type { CohortView } from "./cohort-access";
import { inviteOptions } from "./invite-input";
import { hashInviteSecret, newInviteSecret } from "./invite-secret";

export const createCohortInput = z.object({
  roadmapId: idSchema,
  name: z
    .string()
    .trim()
    .min(1, "is required")
    .max(COHORT_LIMITS.nameLength, `must be at most ${COHORT_LIMITS.nameLength} characters`),
  ...inviteOptions,
});

/**
 * Creates a cohort following a roadmap the viewer may see (built-in, or a
 * learner's public or unlisted one: never a private one, which its members could
 * not see), with the viewer as its owner and a first invite, whose link the
 * answer carries.
 */
export async function createCohort(viewer: MaybeViewer, input: unknown): Promise<CohortView> {
  const known = requireScope(viewer, "COHORTS");
  const request = validate(createCohortInput, input);
  const secret = newInviteSecret();
  return db().$transaction(async (tx) => {
    // Shared lock: the roadmap cannot turn private (or go) while the cohort is made.
    const [roadmap] = await tx.$queryRaw<{ id: string; ownerId: string | null; visibility: RoadmapVisibility }[]>`
      SELECT "id", "ownerId", "visibility" FROM "Roadmap" WHERE "id" = ${request.roadmapId} FOR SHARE`;
    if (!roadmap || !canSeeRoadmap(known, roadmap)) throw new NotFoundError(`Roadmap ${request.roadmapId}`);
    if (roadmap.visibility === "PRIVATE") {
      const message = "is private: a cohort's members could not see it; make it unlisted or public first";
      throw new BadInputError(`roadmapId: ${message}`, { fields: { roadmapId: message } });
    }
    await assertRoomForAnotherCohort(tx, known.userId);
    const cohort = await tx.cohort.create({
      data: {
        name: request.name,
        roadmapId: roadmap.id,
        ownerId: known.userId,
        members: { create: { userId: known.userId, role: "OWNER" } },
        invite: {
          create: {
            tokenHash: hashInviteSecret(secret),
            secret,
            expiresAt: request.inviteExpiresAt,
            maxUses: request.inviteMaxUses,
          },
        },
      },
      select: { id: true, name: true, roadmapId: true, createdAt: true },
    });
    return {
      ...cohort,
      viewerId: known.userId,
      viewerRole: "OWNER",
      memberCount: 1,
      viewerShowsMe: false,
      freshInviteSecret: secret,
    };
  });
}
