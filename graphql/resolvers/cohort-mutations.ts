import "server-only";

import { createCohort } from "@/server/services/cohorts/create-cohort";
import { deleteCohort } from "@/server/services/cohorts/delete-cohort";
import { joinCohort } from "@/server/services/cohorts/join-cohort";
import { leaveCohort } from "@/server/services/cohorts/leave-cohort";
import { removeCohortMember } from "@/server/services/cohorts/remove-cohort-member";
import { rotateCohortInvite } from "@/server/services/cohorts/rotate-cohort-invite";
import { setCohortMemberRole } from "@/server/services/cohorts/set-cohort-member-role";
import { setCohortSharing } from "@/server/services/cohorts/set-cohort-sharing";
import { NotFoundError } from "@/shared/errors";
import type { MutationResolvers } from "../generated/resolvers-types";
import type { GraphQLContext } from "../context";

/** After a write to a cohort, this request reads its cohorts and figures again. */
function forgetCohorts(ctx: GraphQLContext) {
  ctx.loaders.cohort.clearAll();
  ctx.loaders.cohortFigures.clearAll();
}

export const cohortMutations: Pick<
  MutationResolvers,
  | "createCohort"
  | "joinCohort"
  | "leaveCohort"
  | "rotateCohortInvite"
  | "setCohortMemberRole"
  | "removeCohortMember"
  | "deleteCohort"
  | "setCohortSharing"
> = {
  createCohort: async (_parent, { input }, ctx) => {
    const cohort = await createCohort(ctx.viewer, input);
    forgetCohorts(ctx);
    return cohort;
  },
  joinCohort: async (_parent, { input }, ctx) => {
    const cohort = await joinCohort(ctx.viewer, input);
    forgetCohorts(ctx);
    return cohort;
  },
  leaveCohort: async (_parent, { input }, ctx) => {
    const left = await leaveCohort(ctx.viewer, input);
    forgetCohorts(ctx);
    return left;
  },
  rotateCohortInvite: async (_parent, { input }, ctx) => {
    const cohort = await rotateCohortInvite(ctx.viewer, input);
    forgetCohorts(ctx);
    return cohort;
  },
  setCohortMemberRole: async (_parent, { input }, ctx) => {
    const { cohort, userId } = await setCohortMemberRole(ctx.viewer, input);
    forgetCohorts(ctx);
    const figures = await ctx.loaders.cohortFigures.load(cohort.id);
    const member = figures.members.find((candidate) => candidate.userId === userId);
    if (!member) throw new NotFoundError(`Member ${input.login}`);
    return { cohort, member, content: figures.content };
  },
  removeCohortMember: async (_parent, { input }, ctx) => {
    const removed = await removeCohortMember(ctx.viewer, input);
    forgetCohorts(ctx);
    return removed;
  },
  deleteCohort: async (_parent, { input }, ctx) => {
    const deleted = await deleteCohort(ctx.viewer, input);
    forgetCohorts(ctx);
    return deleted;
  },
  setCohortSharing: async (_parent, { input }, ctx) => {
    const cohort = await setCohortSharing(ctx.viewer, input);
    forgetCohorts(ctx);
    return cohort;
  },
};
