import type { ApolloClient } from "@apollo/client";
import { RoadmapPlanQuery } from "./plan-operations";

/**
 * Asks the server again for the plans shown on the page (the queries
 * watch-roadmap-plan.ts watches), once a write of progress has landed: pace,
 * forecast, this week's count and the target all move with it. None shown: no request.
 */
export async function refreshRoadmapPlans(client: ApolloClient): Promise<void> {
  await client.refetchQueries({ include: [RoadmapPlanQuery] });
}
