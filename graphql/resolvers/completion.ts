import "server-only";

import type { GraphQLResolveInfo } from "graphql";
import { computeCompletion, type Completion as Counts } from "@/app/lib/shared/completion";
import type { GraphQLContext } from "../context";
import type { CompletionResolvers } from "../generated/resolvers-types";
import type { CompletionModel } from "../models";
import { markHole } from "../signed-in-answers/answer-holes";
import { planOf } from "./plan";

/**
 * A count of the completion, which also marks its hole when the answer is kept
 * as a template: computed again from the later request's statuses, once per
 * completion however many of its counts are asked.
 */
function count(field: keyof Counts) {
  return (completion: CompletionModel, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    markHole(ctx, info, completion.roadmapId, (states, memo) => {
      let counts = memo.get(completion) as Counts | undefined;
      if (!counts) {
        const progress = states.progress.get(completion.roadmapId);
        counts = computeCompletion(completion.itemIds, (id) => progress?.get(id)?.status);
        memo.set(completion, counts);
      }
      return counts[field];
    });
    return completion[field];
  };
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
