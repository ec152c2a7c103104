import "server-only";

import { env } from "@/server/platform/env";
import { PEER_HEADER } from "@/server/platform/request-context";

/**
 * Who a signed-out caller is, for rate limits. Behind a proxy that sets
 * X-Forwarded-For itself (TRUST_PROXY=true), its first entry; otherwise the
 * address of the connection, which the server records for every request
 * (X-Forwarded-For would be whatever the client chose).
 */
export function clientAddress(request: Request): string {
  if (env().TRUST_PROXY) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return request.headers.get(PEER_HEADER) ?? "unknown";
}

/** True for a request that came over the loopback interface (this machine). */
export function fromLoopback(request: Request): boolean {
  const peer = request.headers.get(PEER_HEADER) ?? "";
  return peer === "127.0.0.1" || peer === "::1" || peer === "::ffff:127.0.0.1";
}
