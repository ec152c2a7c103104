import "server-only";

/*
 * The one fact every part of the server may ask cheaply, the proxy included:
 * since when this process has known its database to be unreachable (null while it
 * answers). Kept on globalThis because Next.js loads the proxy, pages and route
 * handlers as separate bundles in one process. Written only by database-health.ts.
 */

export interface HealthState {
  downSince: number | null;
  lastError: string | null;
  probe: ReturnType<typeof setInterval> | null;
}

const GLOBAL_KEY = Symbol.for("waymark.databaseHealth");
type GlobalWithHealth = typeof globalThis & { [GLOBAL_KEY]?: HealthState };

export function healthState(): HealthState {
  const holder = globalThis as GlobalWithHealth;
  return (holder[GLOBAL_KEY] ??= { downSince: null, lastError: null, probe: null });
}

/** Null while the database answers; otherwise since when it has not. */
export function databaseDownSince(): number | null {
  return healthState().downSince;
}
