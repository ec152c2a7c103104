import "server-only";

import { computeCompletion, type Completion as Counts } from "@/shared/completion";
import type { CompletionResolvers } from "../generated/resolvers-types";
import type { CompletionModel } from "../models";
import { viewerValue } from "../answer-cache/viewer-values";
import { planOf } from "./plan";

/**
 * A count of the viewer's completion: computed again from a later request's
 * statuses when the answer is served from the cache, once per completion
 * however many of its counts are asked.
 */
function count(field: keyof Counts) {
  return viewerValue({
    roadmapOf: (completion: CompletionModel) => completion.roadmapId,
    fromStates: (completion, states, memo) => {
      let counts = memo.get(completion) as Counts | undefined;
      if (!counts) {
        const progress = states.progress.get(completion.roadmapId);
        counts = computeCompletion(completion.itemIds, (id) => progress?.get(id)?.status);
        memo.set(completion, counts);
      }
      return counts[field];
    },
    now: (completion) => completion[field],
  });
}

export const Completion: CompletionResolvers = {
  total: count("total"),
  done: count("done"),
  inProgress: count("inProgress"),
  skipped: count("skipped"),
  percent: count("percent"),
  pacePerWeek: async (completion, _args, ctx) => (await planOf(completion, ctx)).pacePerWeek,
  pacePerWeekSinceStart: async (completion, _args, ctx) => (await planOf(completion, ctx)).pacePerWeekSinceStart,
  startedOn: async (completion, _args, ctx) => (await planOf(completion, ctx)).startedOn,
  forecast: async (completion, _args, ctx) => (await planOf(completion, ctx)).forecast,
  finishOn: async (completion, _args, ctx) => (await planOf(completion, ctx)).finishOn,
  targetDate: async (completion, _args, ctx) => (await planOf(completion, ctx)).targetDate,
  requiredPacePerWeek: async (completion, _args, ctx) => (await planOf(completion, ctx)).requiredPacePerWeek,
  targetStatus: async (completion, _args, ctx) => (await planOf(completion, ctx)).targetStatus,
  daysAheadOfTarget: async (completion, _args, ctx) => (await planOf(completion, ctx)).daysAheadOfTarget,
  finishedThisWeek: async (completion, _args, ctx) => (await planOf(completion, ctx)).finishedThisWeek,
  weeklyGoal: async (completion, _args, ctx) => (await planOf(completion, ctx)).weeklyGoal,
};
