import "server-only";

import type { Page } from "@/server/services/pagination";
import type { ApiTokenConnectionResolvers, RoadmapConnectionResolvers } from "../generated/resolvers-types";

/** Relay's pageInfo of a service page. */
export function pageInfo<T>(page: Page<T>) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.edges[0]?.cursor ?? null,
    endCursor: page.edges.at(-1)?.cursor ?? null,
  };
}

export const RoadmapConnection: RoadmapConnectionResolvers = {
  nodes: (page) => page.edges.map((edge) => edge.node),
  pageInfo: (page) => pageInfo(page),
};

export const ApiTokenConnection: ApiTokenConnectionResolvers = {
  nodes: (page) => page.edges.map((edge) => edge.node),
  pageInfo: (page) => pageInfo(page),
};
