import "server-only";

import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "@/server/platform/database-unavailable";
import { rateLimitRejections } from "@/server/platform/metrics";
import { currentRequestId } from "@/server/platform/request-context";
import { DomainError, HTTP_STATUS, RateLimitedError } from "@/shared/errors";
import { GRAPHQL_LIMITS } from "../limits";
import { BodyTooLargeError } from "./read-body-with-limit";
import { MalformedBodyError } from "./read-post-body";

/** A GraphQL-shaped error answer, refused before Apollo ran: `errors` with the code and the request's id. */
export function graphqlError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  const requestId = currentRequestId();
  return Response.json(
    { errors: [{ message, extensions: requestId ? { code, requestId } : { code } }] },
    { status, headers },
  );
}

export function unavailableResponse(): Response {
  return graphqlError(503, "SERVICE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, {
    "retry-after": String(RETRY_AFTER_SECONDS),
  });
}

/**
 * The answer to a request refused before Apollo ran: a body over the limit
 * (413), malformed JSON (400), bad credentials (401, with the scheme to use), a
 * spent budget (429, with when to come back), the database out of reach while
 * the caller was identified (503: not "signed out"). Anything else is thrown
 * on: a 500, logged.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof BodyTooLargeError) {
    // A body not read to its end stays in the connection: a keep-alive
    // client's next request on it would hang until the socket times out.
    return graphqlError(
      413,
      "PAYLOAD_TOO_LARGE",
      `Request body larger than ${GRAPHQL_LIMITS.maxBodyBytes} bytes.`,
      error.drained ? {} : { connection: "close" },
    );
  }
  if (error instanceof MalformedBodyError)
    return graphqlError(400, "BAD_REQUEST", "The request body is not valid JSON.");
  if (error instanceof DomainError) {
    const headers: Record<string, string> =
      error.code === "UNAUTHENTICATED" ? { "www-authenticate": 'Bearer realm="waymark"' } : {};
    if (error instanceof RateLimitedError) {
      headers["retry-after"] = String(error.retryAfterSeconds);
      rateLimitRejections().inc();
    }
    return graphqlError(HTTP_STATUS[error.code], error.code, error.message, headers);
  }
  if (isDatabaseUnavailable(error)) return unavailableResponse();
  throw error;
}
