import "server-only";

import { NextRequest } from "next/server";
import { viewerFromRequest } from "@/app/lib/auth/viewer-from-request";
import { apiRateLimiter } from "@/app/lib/platform/cache/rate-limit";
import { rateLimitRejections } from "@/app/lib/platform/metrics";
import { currentRequestId } from "@/app/lib/platform/request-context";
import { databaseLooksReachable } from "@/app/lib/services/health";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "@/app/lib/platform/database-unavailable";
import { DomainError, RateLimitedError } from "@/app/lib/shared/errors";
import type { MaybeViewer } from "@/app/lib/services/viewer";
import { GRAPHQL_LIMITS } from "../limits";
import { clientAddress } from "../../app/lib/platform/client-address";
import { BodyTooLargeError, readBodyWithLimit } from "./read-body-with-limit";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, BAD_USER_INPUT: 400 };

const viewers = new WeakMap<Request, MaybeViewer>();

/** The viewer guardRequest established for this request (the Apollo context reads it). */
export function viewerOf(request: Request): MaybeViewer {
  return viewers.get(request) ?? null;
}

function graphqlError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  const requestId = currentRequestId();
  return Response.json(
    { errors: [{ message, extensions: requestId ? { code, requestId } : { code } }] },
    { status, headers },
  );
}

class MalformedBodyError extends Error {}

function unavailable(): Response {
  return graphqlError(503, "SERVICE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, {
    "retry-after": String(RETRY_AFTER_SECONDS),
  });
}

/**
 * Reads a POST body within the size limit. A JSON body must parse, whatever
 * charset parameter its content type carries; the request handed on says plain
 * application/json, which is all the Apollo integration recognises.
 */
async function readPost(request: NextRequest): Promise<NextRequest> {
  const body = await readBodyWithLimit(request, GRAPHQL_LIMITS.maxBodyBytes);
  const headers = new Headers(request.headers);
  if (/^application\/json\b/i.test(headers.get("content-type") ?? "")) {
    try {
      JSON.parse(body);
    } catch {
      throw new MalformedBodyError();
    }
    headers.set("content-type", "application/json");
  }
  return new NextRequest(request.url, { method: "POST", headers, body });
}

/**
 * The HTTP-level protections around the GraphQL handler: while the database is
 * unreachable every request is answered 503 at once; a body over the limit
 * is refused (413) without being read in full, malformed JSON gets a 400, a
 * request with bad credentials gets a GraphQL-shaped 401 instead of an anonymous
 * answer (and counts against the caller's budget, like every request), and each
 * learner, or signed-out address, has a budget of requests per minute.
 */
export async function guardRequest(
  request: NextRequest,
  handler: (request: NextRequest) => Promise<Response>,
): Promise<Response> {
  // While the database is known to be down, answer at once: every request would
  // otherwise wait out its own connection timeout. A probe reopens the gate.
  if (!(await databaseLooksReachable())) return unavailable();
  const limiter = apiRateLimiter();
  try {
    const guarded = request.method === "POST" ? await readPost(request) : request;
    let viewer: MaybeViewer;
    try {
      viewer = await viewerFromRequest(guarded);
    } catch (error) {
      await limiter.consume(`address:${clientAddress(request)}`);
      throw error;
    }
    await limiter.consume(viewer ? `user:${viewer.userId}` : `address:${clientAddress(request)}`);
    viewers.set(guarded, viewer);
    return await handler(guarded);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of the body is never read: Node drains a body of declared
      // length, but a chunked one stays in the connection, and a keep-alive
      // client's next request on it would hang until the socket times out.
      return graphqlError(413, "PAYLOAD_TOO_LARGE", `Request body larger than ${GRAPHQL_LIMITS.maxBodyBytes} bytes.`, {
        connection: "close",
      });
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
      return graphqlError(STATUS[error.code] ?? 400, error.code, error.message, headers);
    }
    // The session or token lookup could not reach the database: not "signed out".
    if (isDatabaseUnavailable(error)) return unavailable();
    throw error;
  }
}
