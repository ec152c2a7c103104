import type { ApolloClient } from "@apollo/client";
import type { RoadmapPageData } from "@/shared/roadmap-view";
import { flattenItems } from "./flatten-items";
import { RoadmapStatesQuery } from "./roadmap-operations";

/**
 * Puts the server's first-render data into Apollo's cache, so the page needs no
 * request to start and every later change (optimistic or confirmed) flows
 * through the cache.
 */
export function seedApolloCache(client: ApolloClient, data: RoadmapPageData): void {
  const items = data.sections.flatMap((section) => flattenItems(section.items));
  client.writeQuery({
    query: RoadmapStatesQuery,
    variables: { slug: data.roadmap.slug },
    data: {
      __typename: "Query",
      roadmap: {
        __typename: "Roadmap",
        id: data.roadmap.id,
        items: items.map((item) => {
          const state = data.states[item.id];
          return {
            __typename: "Item" as const,
            id: item.id,
            status: state?.status ?? "NOT_STARTED",
            statusUpdatedAt: state?.statusUpdatedAt ?? null,
            note: state?.note ?? null,
            noteHtml: state?.noteHtml ?? null,
          };
        }),
      },
    },
  });
}
