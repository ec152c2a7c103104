"use client";

import type { Plan } from "@/shared/plan/plan-roadmap";
import { PlanSummary } from "./plan-summary";
import { useLivePlan } from "./use-live-plan";

/**
 * "Your plan" on the roadmap page: rendered by the server, then kept in step
 * with every change on the page (ticks, a reset, new goals), so it never says
 * something the checklist beside it contradicts.
 */
export function LivePlanSummary({
  roadmapId,
  slug,
  timeZone,
  plan,
  title,
}: {
  roadmapId: string;
  slug: string;
  timeZone: string;
  plan: Plan;
  title: string;
}) {
  return <PlanSummary plan={useLivePlan({ roadmapId, slug, timeZone, plan })} title={title} />;
}
