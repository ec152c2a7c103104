import "server-only";

import type { ApolloServerOptions } from "@apollo/server";
import { sharedCache } from "@/server/platform/cache/shared-cache";
import type { GraphQLContext } from "./context";

type KeyValueCache = Exclude<NonNullable<ApolloServerOptions<GraphQLContext>["cache"]>, "bounded">;

/**
 * Apollo Server's cache (automatic persisted queries) on the shared cache, so a
 * query registered through one instance is known to all of them.
 */
export function persistedQueryCache(): KeyValueCache {
  // Resolved per call: the server object is built when the route module loads,
  // before anything should connect to Redis.
  return {
    get: (key) => sharedCache().get<string>(`apollo:${key}`),
    set: (key, value, options) => sharedCache().set(`apollo:${key}`, value, options?.ttl ?? 300),
    delete: (key) => sharedCache().delete(`apollo:${key}`),
  };
}
