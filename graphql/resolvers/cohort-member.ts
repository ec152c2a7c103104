import "server-only";

import { runsCohort } from "@/server/services/cohorts/cohort-access";
import { memberPlan } from "@/server/services/cohorts/cohort-figures";
import { NotFoundError } from "@/shared/errors";
import { checkTimeZone } from "@/shared/time-zone";
import type {
  CohortInviteResolvers,
  CohortInvitePreviewResolvers,
  CohortMemberResolvers,
  PublicUserResolvers,
} from "../generated/resolvers-types";

export const CohortMember: CohortMemberResolvers = {
  user: ({ member }) => member,
  role: ({ member }) => member.role,
  joinedAt: ({ member }) => member.joinedAt.toISOString(),
  // Another learner's completion: counts and plan computed from their figures, never the viewer's.
  completion: ({ member, content }, { timeZone }, ctx) => {
    const zone = timeZone == null ? ctx.timeZone : checkTimeZone(timeZone);
    return {
      ...member.completion,
      roadmapId: content.roadmap.id,
      itemIds: content.items.map((item) => item.id),
      scope: "roadmap",
      timeZone: zone,
      plan: memberPlan(member, zone),
    };
  },
  lastActiveAt: ({ cohort, member }) =>
    runsCohort(cohort.viewerRole) ? (member.lastActiveAt?.toISOString() ?? null) : null,
  stuckItems: ({ cohort, member, content }) => {
    if (!runsCohort(cohort.viewerRole)) return [];
    return member.stuckItemIds.map((id) => content.itemById.get(id)!);
  },
};

export const PublicUser: PublicUserResolvers = {
  avatarUrl: (user) => user.image,
};

export const CohortInvite: CohortInviteResolvers = {
  createdAt: (invite) => invite.createdAt.toISOString(),
  expiresAt: (invite) => invite.expiresAt?.toISOString() ?? null,
};

export const CohortInvitePreview: CohortInvitePreviewResolvers = {
  roadmap: async (preview, _args, ctx) => {
    // A cohort follows a roadmap its members can see (a private one is refused).
    const content = await ctx.loaders.content.load(preview.roadmapId);
    if (!content) throw new NotFoundError("Invite");
    return content.roadmap;
  },
  expiresAt: (preview) => preview.expiresAt?.toISOString() ?? null,
};
