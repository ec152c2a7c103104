import "server-only";

import { UNTOUCHED } from "@/shared/plan/item-facts";
import { planRoadmap, type Plan } from "@/shared/plan/plan-roadmap";
import { checkTimeZone } from "@/shared/time-zone";
import type { Completion } from "@/shared/completion";
import type { GraphQLContext } from "../context";
import type { CompletionModel } from "../models";

// A completion's plan fields all come from one computation, made on first use.
const plans = new WeakMap<CompletionModel, Promise<Plan>>();

/** The plan of a roadmap's or section's completion, from the request's loaders (two statements per request). */
export function planOf(completion: CompletionModel, ctx: GraphQLContext): Promise<Plan> {
  if (completion.plan) return Promise.resolve(completion.plan);
  let plan = plans.get(completion);
  if (!plan) {
    plan = computePlan(completion, ctx);
    plans.set(completion, plan);
  }
  return plan;
}

async function computePlan(completion: CompletionModel, ctx: GraphQLContext): Promise<Plan> {
  const [facts, goal] = await Promise.all([
    ctx.loaders.itemFacts.load(completion.roadmapId),
    completion.scope === "roadmap" ? ctx.loaders.goals.load(completion.roadmapId) : null,
  ]);
  return planRoadmap({
    items: completion.itemIds.map((id) => facts.get(id) ?? UNTOUCHED),
    now: new Date(),
    timeZone: completion.timeZone,
    targetDate: goal?.targetDate ?? null,
    weeklyGoal: goal?.weeklyGoal ?? null,
  });
}

/** A completion the plan fields can be resolved on. */
export function completionModel(
  completion: Completion,
  scope: { roadmapId: string; itemIds: readonly string[]; scope: CompletionModel["scope"] },
  timeZone: string | null | undefined,
  ctx: GraphQLContext,
): CompletionModel {
  return { ...completion, ...scope, timeZone: timeZone == null ? ctx.timeZone : checkTimeZone(timeZone) };
}
