import "server-only";

import type { CompletionResolvers } from "../generated/resolvers-types";
import { planOf } from "./plan";

export const Completion: CompletionResolvers = {
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
