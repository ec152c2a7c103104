import type { Plan } from "@/shared/plan/plan-roadmap";
import type { RoadmapPlanFieldsFragment } from "./plan-operations.generated";

/** The plan as the API answers it (RoadmapPlanFields), for the summary to show. */
export function planFromFields(fields: RoadmapPlanFieldsFragment): Plan {
  const { __typename, ...plan } = fields;
  return { ...plan, remaining: plan.total - plan.done - plan.skipped };
}

/** A plan computed on the server, in the API's shape, to seed the browser's cache with. */
export function fieldsFromPlan(plan: Plan): RoadmapPlanFieldsFragment {
  return {
    __typename: "Completion",
    total: plan.total,
    done: plan.done,
    skipped: plan.skipped,
    pacePerWeek: plan.pacePerWeek,
    pacePerWeekSinceStart: plan.pacePerWeekSinceStart,
    startedOn: plan.startedOn,
    forecast: plan.forecast,
    finishOn: plan.finishOn,
    targetDate: plan.targetDate,
    requiredPacePerWeek: plan.requiredPacePerWeek,
    targetStatus: plan.targetStatus,
    daysAheadOfTarget: plan.daysAheadOfTarget,
    finishedThisWeek: plan.finishedThisWeek,
    weeklyGoal: plan.weeklyGoal,
  };
}
