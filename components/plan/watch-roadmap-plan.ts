import type { Plan } from "@/shared/plan/plan-roadmap";
import { apolloClient } from "../apollo/apollo-client";
import { fieldsFromPlan, planFromFields } from "./plan-fields";
import { RoadmapPlanQuery } from "./plan-operations";

export interface WatchedPlan {
  roadmapId: string;
  slug: string;
  timeZone: string;
  /** The plan the server rendered: it seeds the cache, so watching starts without a request. */
  plan: Plan;
}

/**
 * Keeps the page's plan in the browser's Apollo cache and reports every change
 * to it: the goals form's answer writes a new plan there, and each write of
 * progress on the page refetches it (refreshRoadmapPlans). Returns the way to stop.
 */
export async function watchRoadmapPlan(watched: WatchedPlan, onPlan: (plan: Plan) => void): Promise<() => void> {
  const client = await apolloClient();
  const variables = { slug: watched.slug, timeZone: watched.timeZone };
  client.writeQuery({
    query: RoadmapPlanQuery,
    variables,
    data: {
      __typename: "Query",
      roadmap: { __typename: "Roadmap", id: watched.roadmapId, progress: fieldsFromPlan(watched.plan) },
    },
  });
  const subscription = client.watchQuery({ query: RoadmapPlanQuery, variables }).subscribe((result) => {
    const progress = result.dataState === "complete" ? result.data.roadmap?.progress : null;
    if (progress) onPlan(planFromFields(progress));
  });
  return () => subscription.unsubscribe();
}
