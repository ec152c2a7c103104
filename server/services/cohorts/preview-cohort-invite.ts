import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { NotFoundError } from "../../../shared/errors";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { usableInviteOrThrow } from "./usable-invite-or-throw";

export interface CohortInvitePreview {
  cohortId: string;
  name: string;
  roadmapId: string;
  memberCount: number;
  /** Whether the viewer is in the cohort already. */
  viewerIsMember: boolean;
  expiresAt: Date | null;
}

export const previewCohortInviteInput = z.object({
  invite: z.string().trim().min(1, "is required").max(2000, "is too long"),
});

/**
 * What an invite link leads to, before joining (the join page shows it with
 * what mentors will see): the cohort's name, roadmap and size. Anyone holding a
 * usable link may ask; the same refusals as joinCohort otherwise.
 */
export async function previewCohortInvite(viewer: MaybeViewer, input: unknown): Promise<CohortInvitePreview> {
  const known = requireScope(viewer, "COHORTS");
  const { invite } = validate(previewCohortInviteInput, input);
  const found = await usableInviteOrThrow(db(), invite);
  const cohort = await db().cohort.findUnique({
    where: { id: found.cohortId },
    select: {
      id: true,
      name: true,
      roadmapId: true,
      _count: { select: { members: true } },
      members: { where: { userId: known.userId }, select: { role: true } },
    },
  });
  // Deleted since the invite was read.
  if (!cohort) throw new NotFoundError("Invite");
  return {
    cohortId: cohort.id,
    name: cohort.name,
    roadmapId: cohort.roadmapId,
    memberCount: cohort._count.members,
    viewerIsMember: cohort.members.length > 0,
    expiresAt: found.expiresAt,
  };
}
