import "server-only";

import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/server/platform/database-unavailable";
import { logger } from "@/server/platform/logger";
import { currentRequestId } from "@/server/platform/request-context";
import { DomainError } from "@/shared/errors";
import { knownClientError } from "./known-client-errors";

/** Codes GraphQL itself and Apollo Server produce for bad documents and variables. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * What clients see of an error: domain errors keep their message and code
 * (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT...), document errors keep
 * theirs, client mistakes Apollo leaves without a code get one, an unreachable
 * database is SERVICE_UNAVAILABLE, and anything else
 * becomes a bare INTERNAL_SERVER_ERROR: the details go to the log, never to the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const described = describeError(formatted, error);
  // The id under which this request's log lines can be found, for support.
  const requestId = currentRequestId();
  return requestId ? { ...described, extensions: { ...described.extensions, requestId } } : described;
}

function describeError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.details ?? {}) },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // A temporary server fault with its own status (see unavailable-status-plugin.ts),
    // logged once by the health check rather than once per failed field.
    return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } };
  }
  const known = knownClientError(error);
  if (known) return { message: known.message, locations: formatted.locations, extensions: { code: known.code } };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, "unexpected GraphQL error");
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
