import { NextRequest } from "next/server";
import { viewerFromRequest } from "@/app/lib/auth/viewer-from-request";
import { apiRateLimiter } from "@/app/lib/cache/rate-limit";
import { DomainError, RateLimitedError } from "@/app/lib/services/errors";
import type { MaybeViewer } from "@/app/lib/services/viewer";
import { GRAPHQL_LIMITS } from "../limits";
import { BodyTooLargeError, readBodyWithLimit } from "./read-body-with-limit";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, BAD_USER_INPUT: 400 };

const viewers = new WeakMap<Request, MaybeViewer>();

/** The viewer guardRequest established for this request (the Apollo context reads it). */
export function viewerOf(request: Request): MaybeViewer {
  return viewers.get(request) ?? null;
}

/**
 * The caller's address for signed-out rate limits: the first X-Forwarded-For hop
 * (set by the load balancer in front of Waymark), else X-Real-IP.
 */
function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "direct";
}

function graphqlError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });
}

/**
 * The HTTP-level protections around the GraphQL handler: a body over the limit
 * is refused (413) without being read in full, and a request with bad
 * credentials gets a GraphQL-shaped 401 instead of an anonymous answer.
 */
export async function guardRequest(
  request: NextRequest,
  handler: (request: NextRequest) => Promise<Response>,
): Promise<Response> {
  try {
    let guarded = request;
    if (request.method === "POST") {
      const body = await readBodyWithLimit(request, GRAPHQL_LIMITS.maxBodyBytes);
      guarded = new NextRequest(request.url, { method: "POST", headers: request.headers, body });
    }
    const viewer = await viewerFromRequest(guarded);
    await apiRateLimiter().consume(viewer ? `user:${viewer.userId}` : `address:${clientAddress(request)}`);
    viewers.set(guarded, viewer);
    return await handler(guarded);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return graphqlError(413, "PAYLOAD_TOO_LARGE", `Request body larger than ${GRAPHQL_LIMITS.maxBodyBytes} bytes.`);
    }
    if (error instanceof DomainError) {
      const headers: Record<string, string> =
        error.code === "UNAUTHENTICATED" ? { "www-authenticate": 'Bearer realm="waymark"' } : {};
      if (error instanceof RateLimitedError) headers["retry-after"] = String(error.retryAfterSeconds);
      return graphqlError(STATUS[error.code] ?? 400, error.code, error.message, headers);
    }
    throw error;
  }
}
