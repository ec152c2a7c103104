import "server-only";

import { memberPlan } from "@/server/services/cohorts/cohort-figures";
import { runsCohort } from "@/server/services/cohorts/cohort-access";
import { membersShownTo } from "@/server/services/cohorts/members-shown-to";
import { pageMembers } from "@/server/services/cohorts/page-members";
import { invitePath } from "@/server/services/cohorts/invite-secret";
import { renderNoteOrPlainText } from "@/server/services/notes/render-note-or-plain-text";
import { cohortStanding } from "@/shared/cohorts/cohort-standing";
import { NotFoundError } from "@/shared/errors";
import type { CohortResolvers } from "../generated/resolvers-types";
import type { CohortModel, CohortSharedNoteModel } from "../models";
import type { GraphQLContext } from "../context";

/** The cohort's roadmap content and every member's figures (the request's loaders: six statements a cohort). */
export function figuresOf(cohort: CohortModel, ctx: GraphQLContext) {
  return ctx.loaders.cohortFigures.load(cohort.id);
}

export const Cohort: CohortResolvers = {
  roadmap: async (cohort, _args, ctx) => {
    const content = await ctx.loaders.content.load(cohort.roadmapId);
    if (!content) throw new NotFoundError(`Cohort ${cohort.id}`);
    return content.roadmap;
  },
  createdAt: (cohort) => cohort.createdAt.toISOString(),
  members: async (cohort, args, ctx) => {
    const figures = await figuresOf(cohort, ctx);
    const page = pageMembers(membersShownTo(cohort, figures.members), args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: { cohort, member: edge.node, content: figures.content } })),
    };
  },
  inviteUrl: async (cohort, _args, ctx) => {
    if (!runsCohort(cohort.viewerRole)) return null;
    const secret = cohort.freshInviteSecret ?? (await ctx.loaders.cohortInvite.load(cohort.id))?.secret;
    return secret ? invitePath(secret) : null;
  },
  invite: (cohort, _args, ctx) => (runsCohort(cohort.viewerRole) ? ctx.loaders.cohortInvite.load(cohort.id) : null),
  standing: async (cohort, _args, ctx) => {
    const figures = await figuresOf(cohort, ctx);
    const standing = cohortStanding(
      figures.members.map((member) => ({
        userId: member.userId,
        percent: member.completion.percent,
        // Pace does not depend on the time zone.
        pacePerWeek: memberPlan(member, "UTC").pacePerWeek,
      })),
      cohort.viewerId,
    );
    // The viewer is a member: their place is always there.
    return standing;
  },
  matrix: async (cohort, _args, ctx) =>
    runsCohort(cohort.viewerRole) ? { cohort, figures: await figuresOf(cohort, ctx) } : null,
  sharedNotes: async (cohort, _args, ctx) => {
    const figures = await figuresOf(cohort, ctx);
    const shown = new Set(membersShownTo(cohort, figures.members).map((member) => member.userId));
    const order = new Map(figures.content.items.map((item, index) => [item.id, index]));
    const notes: (CohortSharedNoteModel & { position: number })[] = [];
    for (const member of figures.members) {
      const shared = member.sharedNote;
      const item = shared && figures.content.itemById.get(shared.itemId);
      if (!shared || !item) continue;
      notes.push({
        author: shown.has(member.userId) ? member : null,
        item,
        note: shared.body,
        noteHtml: shared.html ?? renderNoteOrPlainText(shared.body),
        position: order.get(item.id) ?? 0,
      });
    }
    return notes.sort((a, b) => a.position - b.position);
  },
  showMeToCohort: (cohort) => cohort.viewerShowsMe,
  exportPath: (cohort) => (runsCohort(cohort.viewerRole) ? `/api/cohorts/${cohort.id}/export` : null),
};
