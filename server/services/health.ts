import "server-only";

import { redisClient } from "../platform/cache/redis-client";
import { databaseLooksReachable, probeDatabase } from "../db/database-health";

/** For the start of a request: false while the database is known to be unreachable (see database-health.ts). */
export { databaseLooksReachable };

export interface Readiness {
  ok: boolean;
  database: "up" | "down";
  /** Redis only shares cache and limits: without it the instance still serves (degraded). */
  redis: "up" | "degraded" | "not configured";
}

/**
 * Readiness for load balancers: the database answers `SELECT 1` within the
 * probe's bound (under a second), so a frozen database makes this answer "down"
 * in time instead of hanging the health check with it.
 */
export async function checkReadiness(): Promise<Readiness> {
  const up = await probeDatabase();
  const redis = redisClient();
  return {
    ok: up,
    database: up ? "up" : "down",
    redis: redis === null ? "not configured" : redis.status === "ready" ? "up" : "degraded",
  };
}
