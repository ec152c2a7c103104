import { probeDatabase } from "../db/database-health";

/**
 * Readiness for load balancers: the database answers `SELECT 1` within the
 * probe's bound (under a second), so a frozen database makes this answer "down"
 * in time instead of hanging the health check with it.
 */
export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down" }> {
  const up = await probeDatabase();
  return { ok: up, database: up ? "up" : "down" };
}
