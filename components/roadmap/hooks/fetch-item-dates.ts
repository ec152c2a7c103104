import { apolloClient } from "../../apollo/apollo-client";
import { RoadmapDatesQuery } from "../../plan/plan-operations";
import type { ItemDatesById } from "./use-item-dates";

/** The learner's dates on items and sections of a roadmap, from the API (loaded only when dates are shown). */
export async function fetchItemDates(slug: string): Promise<ItemDatesById | null> {
  const client = await apolloClient();
  const { data } = await client.query({ query: RoadmapDatesQuery, variables: { slug }, fetchPolicy: "network-only" });
  if (!data?.roadmap) return null;
  return new Map([
    ...data.roadmap.items.map((item) => [item.id, { startedAt: item.startedAt, endedAt: item.finishedAt }] as const),
    ...data.roadmap.sections.map(
      (section) => [section.id, { startedAt: section.startedAt, endedAt: section.completedAt }] as const,
    ),
  ]);
}
