import "server-only";

import client from "prom-client";

/*
 * The process's Prometheus metrics (served by /api/metrics). Next.js evaluates
 * this module once per bundle, so each metric is made once and then looked up
 * in prom-client's one registry. Label values come from small fixed sets or are
 * capped: a client must not be able to grow memory by inventing names.
 */

const register = client.register;

function once<T extends client.Metric>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

const GLOBAL_KEY = Symbol.for("waymark.defaultMetrics");
type GlobalWithFlag = typeof globalThis & { [GLOBAL_KEY]?: boolean };

/** Process metrics (CPU, memory, event loop lag, GC), once per process. */
export function collectProcessMetrics(): void {
  const holder = globalThis as GlobalWithFlag;
  if (holder[GLOBAL_KEY]) return;
  holder[GLOBAL_KEY] = true;
  client.collectDefaultMetrics({ register });
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []) {
  return () => once(name, () => new client.Counter<L>({ name, help, labelNames }));
}

function histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets = SECONDS) {
  return () => once(name, () => new client.Histogram<L>({ name, help, labelNames, buckets }));
}

export const httpRequests = counter(
  "waymark_http_requests_total",
  "HTTP requests answered, by method, route and status code.",
  ["method", "route", "status"],
);

export const httpDuration = histogram(
  "waymark_http_request_duration_seconds",
  "Time from a request's arrival to the end of its response, by method and route.",
  ["method", "route"],
);

export const graphqlOperations = counter(
  "waymark_graphql_operations_total",
  "GraphQL operations, by operation name and outcome (success, client_error, unavailable, server_error).",
  ["operation", "outcome"],
);

export const graphqlDuration = histogram(
  "waymark_graphql_operation_duration_seconds",
  "GraphQL operation time, by operation name and outcome.",
  ["operation", "outcome"],
);

export const graphqlErrors = counter("waymark_graphql_errors_total", "Errors in GraphQL answers, by extensions.code.", [
  "code",
]);

export const dbStatements = counter("waymark_db_statements_total", "SQL statements sent by Prisma.");

export const dbStatementDuration = histogram(
  "waymark_db_statement_duration_seconds",
  "SQL statement time as Prisma measured it.",
  [],
  [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
);

export const cacheRequests = counter(
  "waymark_cache_requests_total",
  "Shared-cache lookups, by cache (memory or redis) and result (hit or miss).",
  ["cache", "result"],
);

export const answerCacheLookups = counter(
  "waymark_graphql_answer_cache_total",
  "GraphQL answers looked up in the answer cache, by kind (signed_out: whole answers; signed_in: a viewer's " +
    "templates) and result (hit; miss; stale: a roadmap the answer read has changed since).",
  ["kind", "result"],
);

export const rateLimitRejections = counter(
  "waymark_rate_limit_rejections_total",
  "Requests refused with HTTP 429 by the API rate limit.",
);

/** Makes every counter and histogram now, so each is exported (at zero) before its first event. */
export function registerAllMetrics(): void {
  for (const make of [
    httpRequests,
    httpDuration,
    graphqlOperations,
    graphqlDuration,
    graphqlErrors,
    dbStatements,
    dbStatementDuration,
    cacheRequests,
    answerCacheLookups,
    rateLimitRejections,
  ]) {
    make();
  }
}

/** Gauges read at scrape time from whoever owns the value. */
export function gaugeFromCallback(name: string, help: string, read: () => number): client.Gauge {
  return once(
    name,
    () =>
      new client.Gauge({
        name,
        help,
        collect() {
          this.set(read());
        },
      }),
  );
}

export function metricsText(): Promise<string> {
  return register.metrics();
}

export const METRICS_CONTENT_TYPE = register.contentType;

const MAX_OPERATION_NAMES = 200;
const seenOperations = new Set<string>();

/** An operation name fit to be a label: well formed, and one of the first few hundred seen, else "other". */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return "other";
  seenOperations.add(name);
  return name;
}

/** A request path as a route pattern, so labels stay few. */
export function routeLabel(pathname: string): string {
  if (pathname.startsWith("/_next/")) return "/_next/*";
  if (pathname.startsWith("/api/auth/")) return "/api/auth/*";
  // Logins, slugs and calendar secrets are not labels: one series per route, and no secret in metrics.
  if (pathname.startsWith("/api/badges/")) return "/api/badges/[login]/[file]";
  if (pathname.startsWith("/api/calendar/feeds/")) return "/api/calendar/feeds/[token]/[file]";
  if (pathname.startsWith("/api/calendar/")) return "/api/calendar/[file]";
  if (pathname.startsWith("/api/")) return pathname.split("?")[0]!.replace(/\/+$/, "").slice(0, 40);
  if (pathname.startsWith("/roadmaps/")) return "/roadmaps/[slug]";
  if (pathname.startsWith("/u/")) return "/u/[login]";
  const known = ["/", "/dashboard", "/playground", "/signin", "/settings/tokens", "/settings/profile"];
  return known.includes(pathname) ? pathname : "other";
}
