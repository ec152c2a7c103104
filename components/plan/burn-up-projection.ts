import type { Plan } from "@/shared/plan/plan-roadmap";
import type { BurnUpProjection } from "../dashboard/burn-up-axis";

/** The lines a plan adds to the burn-up chart: the forecast, and the target while it is ahead. */
export function burnUpProjection(plan: Plan): BurnUpProjection {
  const open = plan.forecast !== "FINISHED";
  return {
    finishOn: plan.forecast === "FORECAST" ? plan.finishOn : null,
    targetDate: open && plan.targetStatus !== "PASSED" ? plan.targetDate : null,
  };
}
