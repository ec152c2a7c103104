import "server-only";

import { translationMutations } from "./translations";
import { createApiToken } from "@/server/services/tokens/create-api-token";
import { revokeApiToken } from "@/server/services/tokens/revoke-api-token";
import { setItemNote } from "@/server/services/notes/set-item-note";
import { mergeGuestProgress } from "@/server/services/progress/merge-guest-progress";
import { resetRoadmapProgress } from "@/server/services/progress/reset-roadmap-progress";
import { setItemStatus } from "@/server/services/progress/set-item-status";
import { deleteAccount } from "@/server/services/account/delete-account";
import { deleteRoadmap } from "@/server/services/roadmaps/authoring/delete-roadmap";
import { forkRoadmap } from "@/server/services/roadmaps/forks/fork-roadmap";
import { importRoadmap } from "@/server/services/roadmaps/authoring/import-roadmap";
import { createCalendarFeed } from "@/server/services/calendar/create-calendar-feed";
import { revokeCalendarFeed } from "@/server/services/calendar/revoke-calendar-feed";
import { setRoadmapGoal } from "@/server/services/plan/set-roadmap-goal";
import { setProfileVisibility } from "@/server/services/profile/set-profile-visibility";
import { setLocale } from "@/server/services/users/set-locale";
import { requireViewer } from "@/server/services/viewer";
import { saveRoadmap } from "@/server/services/roadmaps/authoring/save-roadmap";
import { setRoadmapVisibility } from "@/server/services/roadmaps/visibility/set-roadmap-visibility";
import type { MutationResolvers } from "../generated/resolvers-types";
import { contentOf, forgetRoadmap, itemOrThrow, summaryOf } from "./content";
import { cohortMutations } from "./cohort-mutations";
import { reviewMutations } from "./review";

export const Mutation: MutationResolvers = {
  setItemStatus: async (_parent, { input }, ctx) => {
    const result = await setItemStatus(ctx.viewer, input);
    ctx.loaders.forgetItemStates(result.roadmapId);
    // The write found the item live in this roadmap, read the content's version
    // and knows the new status: the answer needs no further statement. (Without
    // READ_PROGRESS the status fields go to the loader, which refuses them.)
    ctx.loaders.roadmapIdOfItem.prime(result.itemId, result.roadmapId);
    ctx.loaders.roadmapVersion.clear(result.roadmapId).prime(result.roadmapId, result.contentVersion);
    if (result.mayReadBack) {
      ctx.loaders.writtenStatuses.set(
        result.itemId,
        result.updatedAt ? { status: result.status, updatedAt: result.updatedAt } : null,
      );
    }
    return itemOrThrow(ctx, result.itemId);
  },
  setItemNote: async (_parent, { input }, ctx) => {
    const result = await setItemNote(ctx.viewer, input);
    const item = await itemOrThrow(ctx, result.itemId);
    ctx.loaders.forgetItemStates(item.roadmapId);
    return item;
  },
  resetRoadmapProgress: async (_parent, { input }, ctx) => {
    const result = await resetRoadmapProgress(ctx.viewer, input);
    ctx.loaders.forgetItemStates(result.roadmapId);
    return (await contentOf(ctx, result.roadmapId)).roadmap;
  },
  mergeGuestProgress: async (_parent, { input }, ctx) => {
    const result = await mergeGuestProgress(ctx.viewer, input);
    ctx.loaders.forgetItemStates();
    return result;
  },
  createApiToken: (_parent, { input }, ctx) => createApiToken(ctx.viewer, input),
  revokeApiToken: (_parent, { input }, ctx) => revokeApiToken(ctx.viewer, input),
  saveRoadmap: async (_parent, { input }, ctx) => {
    const result = await saveRoadmap(ctx.viewer, input);
    if (result.roadmapId) forgetRoadmap(ctx, result.roadmapId);
    ctx.loaders.markdown.clearAll();
    return result;
  },
  forkRoadmap: async (_parent, { input }, ctx) => {
    const { roadmapId } = await forkRoadmap(ctx.viewer, input);
    return summaryOf(ctx, roadmapId);
  },
  deleteRoadmap: async (_parent, { input }, ctx) => {
    const deleted = await deleteRoadmap(ctx.viewer, input);
    ctx.loaders.content.clearAll();
    return deleted;
  },
  setRoadmapVisibility: async (_parent, { input }, ctx) => {
    const { roadmapId } = await setRoadmapVisibility(ctx.viewer, input);
    forgetRoadmap(ctx, roadmapId);
    // An administrator who unlists a roadmap still sees it: unlisted is visible to anyone with its id.
    return summaryOf(ctx, roadmapId);
  },
  deleteAccount: (_parent, { input }, ctx) => deleteAccount(ctx.viewer, input),
  importRoadmap: async (_parent, { input }, ctx) => {
    const result = await importRoadmap(ctx.viewer, input);
    forgetRoadmap(ctx, result.roadmapId);
    return {
      roadmapId: result.roadmapId,
      created: result.created,
      changed: result.changes.sections + result.changes.items,
      retired: result.changes.retired,
    };
  },
  setRoadmapGoal: async (_parent, { input }, ctx) => {
    const result = await setRoadmapGoal(ctx.viewer, input);
    ctx.loaders.goals.clear(result.roadmapId);
    return (await contentOf(ctx, result.roadmapId)).roadmap;
  },
  setProfileVisibility: async (_parent, { input }, ctx) => {
    const { userId } = await setProfileVisibility(ctx.viewer, input);
    ctx.loaders.profileSettings.clear(userId);
    return requireViewer(ctx.viewer);
  },
  createCalendarFeed: (_parent, _args, ctx) => createCalendarFeed(ctx.viewer),
  revokeCalendarFeed: (_parent, _args, ctx) => revokeCalendarFeed(ctx.viewer),
  setLocale: async (_parent, { input }, ctx) => {
    const { userId } = await setLocale(ctx.viewer, input);
    ctx.loaders.users.clear(userId);
    return requireViewer(ctx.viewer);
  },
  ...cohortMutations,
  ...reviewMutations,
  ...translationMutations,
};
