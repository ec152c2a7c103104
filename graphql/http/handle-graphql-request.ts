import "server-only";

import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { NextRequest } from "next/server";
import { viewerFromRequest } from "@/app/lib/auth/viewer-from-request";
import { clientAddress } from "@/app/lib/platform/client-address";
import { apiRateLimiter } from "@/app/lib/platform/cache/rate-limit";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "@/app/lib/platform/database-unavailable";
import { rateLimitRejections } from "@/app/lib/platform/metrics";
import { currentRequestId } from "@/app/lib/platform/request-context";
import { databaseLooksReachable } from "@/app/lib/services/health";
import type { MaybeViewer } from "@/app/lib/services/viewer";
import { DomainError, RateLimitedError } from "@/app/lib/shared/errors";
import { timeZoneFromCookie } from "@/app/lib/shared/time-zone-cookie";
import { createContext, type GraphQLContext } from "../context";
import { GRAPHQL_LIMITS } from "../limits";
import { BodyTooLargeError, readBodyWithLimit } from "./read-body-with-limit";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, BAD_USER_INPUT: 400 };

function graphqlError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  const requestId = currentRequestId();
  return Response.json(
    { errors: [{ message, extensions: requestId ? { code, requestId } : { code } }] },
    { status, headers },
  );
}

function unavailable(): Response {
  return graphqlError(503, "SERVICE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, {
    "retry-after": String(RETRY_AFTER_SECONDS),
  });
}

class MalformedBodyError extends Error {}

const JSON_TYPE = /^application\/json\b/i;

/** A POST body, read within the size limit; a JSON one must parse, whatever charset its content type names. */
async function readPostBody(request: NextRequest): Promise<{ body: unknown; json: boolean }> {
  const text = await readBodyWithLimit(request, GRAPHQL_LIMITS.maxBodyBytes, GRAPHQL_LIMITS.maxDrainedBodyBytes);
  if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) return { body: text, json: false };
  try {
    return { body: JSON.parse(text) as unknown, json: true };
  } catch {
    throw new MalformedBodyError();
  }
}

/** Apollo's incremental answers (multipart), as a response body. */
function streamOf(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
}

/**
 * /api/graphql, over HTTP. Around Apollo: while the database is unreachable
 * every request is answered 503 at once; a body over the limit is refused (413)
 * without being read in full; malformed JSON gets a 400; bad credentials get a
 * GraphQL-shaped 401 instead of an anonymous answer (and count against the
 * caller's budget, like every request); each learner, or signed-out address, has
 * a budget of requests per minute. The body is read once and handed to Apollo
 * parsed (Apollo's own Next.js integration would read it again). Kept answers
 * (a signed-out query's whole answer, a signed-in one's template) are served
 * inside Apollo, by its plugins, once Apollo has checked the request as for any
 * other: this handler only marks the request as one written out over HTTP.
 */
export async function handleGraphqlRequest(
  request: NextRequest,
  server: ApolloServer<GraphQLContext>,
): Promise<Response> {
  // While the database is known to be down, answer at once: every request would
  // otherwise wait out its own connection timeout. A probe reopens the gate.
  if (!(await databaseLooksReachable())) return unavailable();
  const limiter = apiRateLimiter();
  try {
    const post = request.method === "POST" ? await readPostBody(request) : null;
    let viewer: MaybeViewer;
    try {
      viewer = await viewerFromRequest(request);
    } catch (error) {
      await limiter.consume(`address:${clientAddress(request)}`);
      throw error;
    }
    await limiter.consume(viewer ? `user:${viewer.userId}` : `address:${clientAddress(request)}`);

    const headers = new HeaderMap();
    request.headers.forEach((value, name) => headers.set(name, value));
    // Apollo recognises exactly application/json; the body was checked above.
    if (post?.json) headers.set("content-type", "application/json");
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method,
        headers,
        search: request.nextUrl.search,
        body: post ? post.body : undefined,
      },
      context: async () =>
        createContext(viewer, { timeZone: timeZoneFromCookie(request.cookies), servedOverHttp: true }),
    });
    const responseHeaders = new Headers();
    for (const [name, value] of answer.headers) responseHeaders.set(name, value);
    return new Response(answer.body.kind === "complete" ? answer.body.string : streamOf(answer.body.asyncIterator), {
      status: answer.status ?? 200,
      headers: responseHeaders,
    });
  } catch (error) {
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
      return graphqlError(STATUS[error.code] ?? 400, error.code, error.message, headers);
    }
    // The session or token lookup could not reach the database: not "signed out".
    if (isDatabaseUnavailable(error)) return unavailable();
    throw error;
  }
}
