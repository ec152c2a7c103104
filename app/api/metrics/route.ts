import { timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { fromLoopback } from "@/server/platform/client-address";
import { env } from "@/server/platform/env";
import { METRICS_CONTENT_TYPE, metricsText } from "@/server/platform/metrics";

export const dynamic = "force-dynamic";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus metrics. With METRICS_TOKEN set, the scraper sends it as a bearer
 * token; without it, only this machine (loopback) may read them.
 */
export async function GET(request: NextRequest) {
  const token = env().METRICS_TOKEN;
  if (token) {
    const given = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
    if (!sameSecret(given, token)) {
      return new Response("Send the metrics token as Authorization: Bearer <METRICS_TOKEN>.\n", {
        status: 401,
        headers: { "www-authenticate": 'Bearer realm="metrics"' },
      });
    }
  } else if (!fromLoopback(request)) {
    return new Response("Metrics are served on loopback only; set METRICS_TOKEN to scrape them from elsewhere.\n", {
      status: 403,
    });
  }
  return new Response(await metricsText(), {
    headers: { "content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store" },
  });
}
