import "server-only";

import { computeCompletion, type Completion as Counts } from "@/shared/completion";
import type { Plan } from "@/shared/plan/plan-roadmap";
import type { CompletionResolvers } from "../generated/resolvers-types";
import type { CompletionModel } from "../models";
import type { GraphQLContext } from "../context";
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

/**
 * A plan field: at once from a plan already made (a cohort member's: a matrix
 * asks for thousands, and a promise each made graphql-js wait on every row),
 * else from the request's loaders.
 */
function planField<Field extends keyof Plan>(field: Field) {
  return (completion: CompletionModel, _args: unknown, ctx: GraphQLContext): Plan[Field] | Promise<Plan[Field]> =>
    completion.plan ? completion.plan[field] : planOf(completion, ctx).then((plan) => plan[field]);
}

export const Completion: CompletionResolvers = {
  total: count("total"),
  done: count("done"),
  inProgress: count("inProgress"),
  skipped: count("skipped"),
  percent: count("percent"),
  pacePerWeek: planField("pacePerWeek"),
  pacePerWeekSinceStart: planField("pacePerWeekSinceStart"),
  startedOn: planField("startedOn"),
  forecast: planField("forecast"),
  finishOn: planField("finishOn"),
  targetDate: planField("targetDate"),
  requiredPacePerWeek: planField("requiredPacePerWeek"),
  targetStatus: planField("targetStatus"),
  daysAheadOfTarget: planField("daysAheadOfTarget"),
  finishedThisWeek: planField("finishedThisWeek"),
  weeklyGoal: planField("weeklyGoal"),
};
