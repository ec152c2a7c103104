import "server-only";

import type { ApolloServerPlugin } from "@apollo/server";
import { logger } from "@/server/platform/logger";
import { graphqlDuration, graphqlErrors, graphqlOperations, operationLabel } from "@/server/platform/metrics";
import type { GraphQLContext } from "../context";

type Outcome = "success" | "client_error" | "unavailable" | "server_error";

function outcomeOf(codes: string[]): Outcome {
  if (codes.length === 0) return "success";
  if (codes.includes("INTERNAL_SERVER_ERROR")) return "server_error";
  if (codes.includes("SERVICE_UNAVAILABLE")) return "unavailable";
  return "client_error";
}

/**
 * One log line and the metrics of every GraphQL request: operation, duration,
 * outcome, error codes and who asked (the viewer's id, never a token, a cookie or
 * what the variables carried). The request id comes with every log line.
 */
export function observeOperationsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, request }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? "UNKNOWN"));
          const outcome = outcomeOf(codes);
          const name = operationName ?? request.operationName ?? null;
          const seconds = (performance.now() - started) / 1000;
          const operation = operationLabel(name);
          graphqlOperations().inc({ operation, outcome });
          graphqlDuration().observe({ operation, outcome }, seconds);
          for (const code of new Set(codes)) graphqlErrors().inc({ code });
          logger.info(
            {
              operation: name?.slice(0, 100) ?? null,
              ms: Math.round(seconds * 10_000) / 10,
              outcome,
              codes: codes.length > 0 ? [...new Set(codes)] : undefined,
              viewerId: contextValue.viewer?.userId ?? null,
              via: contextValue.viewer?.via,
            },
            "graphql request",
          );
        },
      };
    },
  };
}
