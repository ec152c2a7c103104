import "server-only";

import { env } from "@/app/lib/platform/env";

/**
 * Who a signed-out caller is, for rate limits. Behind a proxy that sets
 * X-Forwarded-For itself (TRUST_PROXY=true), its first entry. Otherwise the header
 * is whatever the client chose and Next.js gives no socket address to route
 * handlers, so all signed-out callers share one budget rather than letting each
 * request pick a fresh name.
 */
export function clientAddress(request: Request): string {
  if (!env().TRUST_PROXY) return "untrusted";
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}
