import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { RETRY_AFTER_SECONDS } from "@/server/platform/database-unavailable";
import type { GraphQLContext } from "../context";

/**
 * An answer that failed because the database is unavailable goes out as HTTP 503
 * with Retry-After, so clients, proxies and load balancers see a temporary server
 * fault rather than a successful response carrying an error.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const unavailable = response.body.singleResult.errors?.some(
            (error) => error.extensions?.code === "SERVICE_UNAVAILABLE",
          );
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
