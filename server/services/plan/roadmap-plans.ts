import "server-only";

import { UNTOUCHED, type ItemFacts } from "../../../shared/plan/item-facts";
import { planRoadmap, type Plan } from "../../../shared/plan/plan-roadmap";
import type { RoadmapContent } from "../roadmaps/content/roadmap-content";
import type { MaybeViewer } from "../viewer";
import { loadItemFacts } from "./load-item-facts";
import { loadRoadmapGoals } from "./load-roadmap-goals";
import type { RoadmapGoal } from "./roadmap-goal";

/**
 * The viewer's plan (pace, forecast, target, this week) on each of several
 * roadmaps, over their live items, with days in the viewer's time zone. Two
 * statements whatever the number of roadmaps.
 */
export async function roadmapPlans(
  viewer: MaybeViewer,
  contents: readonly RoadmapContent[],
  timeZone: string,
  now = new Date(),
): Promise<Map<string, Plan>> {
  const ids = contents.map((content) => content.roadmap.id);
  const [facts, goals] = await Promise.all([loadItemFacts(viewer, ids), loadRoadmapGoals(viewer, ids)]);
  return new Map(
    contents.map((content) => {
      const id = content.roadmap.id;
      return [id, learnerPlan(content, facts.get(id), goals.get(id)!, timeZone, now)];
    }),
  );
}

/** One learner's plan on a roadmap's live items, from their facts and goal (the dashboard's and a cohort's). */
export function learnerPlan(
  content: RoadmapContent,
  factsOf: ReadonlyMap<string, ItemFacts> | undefined,
  goal: RoadmapGoal,
  timeZone: string,
  now: Date,
): Plan {
  return planRoadmap({
    items: content.items.map((item) => factsOf?.get(item.id) ?? UNTOUCHED),
    now,
    timeZone,
    targetDate: goal.targetDate,
    weeklyGoal: goal.weeklyGoal,
  });
}
