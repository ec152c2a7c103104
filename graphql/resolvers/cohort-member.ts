import "server-only";

import { runsCohort } from "@/server/services/cohorts/cohort-access";
import { memberPlan } from "@/server/services/cohorts/cohort-figures";
import type { RoadmapContent } from "@/server/services/roadmaps/content/roadmap-content";
import { NotFoundError } from "@/shared/errors";
import type { Plan } from "@/shared/plan/plan-roadmap";
import { checkTimeZone } from "@/shared/time-zone";
import type {
  CohortInviteResolvers,
  CohortInvitePreviewResolvers,
  CohortMemberResolvers,
  PublicUserResolvers,
} from "../generated/resolvers-types";

const itemIds = new WeakMap<RoadmapContent, readonly string[]>();

/** A roadmap's live item ids, in reading order, computed once per content. */
function itemIdsOf(content: RoadmapContent): readonly string[] {
  let ids = itemIds.get(content);
  if (!ids) {
    ids = content.items.map((item) => item.id);
    itemIds.set(content, ids);
  }
  return ids;
}

export const CohortMember: CohortMemberResolvers = {
  user: ({ member }) => member,
  role: ({ member }) => member.role,
  joinedAt: ({ member }) => member.joinedAt.toISOString(),
  // Another learner's completion: counts and plan computed from their figures, never the viewer's.
  // A matrix asks for hundreds: the item ids are one list per roadmap, the plan made only when a
  // plan field is asked for.
  completion: ({ member, content }, { timeZone }, ctx) => {
    const zone = timeZone == null ? ctx.timeZone : checkTimeZone(timeZone);
    let plan: Plan | undefined;
    return {
      ...member.completion,
      roadmapId: content.roadmap.id,
      itemIds: itemIdsOf(content),
      scope: "roadmap",
      timeZone: zone,
      get plan() {
        return (plan ??= memberPlan(member, zone));
      },
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
