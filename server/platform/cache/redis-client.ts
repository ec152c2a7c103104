import "server-only";

import { Redis } from "ioredis";
import { env } from "../env";
import { logger } from "../logger";

const GLOBAL_KEY = Symbol.for("waymark.redis");
type GlobalWithRedis = typeof globalThis & { [GLOBAL_KEY]?: Redis | null };

/**
 * The shared Redis connection when REDIS_URL is set (cache and rate limits are
 * then shared by every instance), or null. Commands fail fast instead of queueing
 * while Redis is down: callers fall back (cache miss, in-memory rate limit).
 */
export function redisClient(): Redis | null {
  const holder = globalThis as GlobalWithRedis;
  if (holder[GLOBAL_KEY] !== undefined) return holder[GLOBAL_KEY];
  const url = env().REDIS_URL;
  if (!url) return (holder[GLOBAL_KEY] = null);
  const client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
  let reported = false;
  client.on("error", (error: Error) => {
    if (!reported) logger.warn({ err: error }, "Redis unavailable; falling back to per-instance cache and limits");
    reported = true;
  });
  client.on("ready", () => (reported = false));
  return (holder[GLOBAL_KEY] = client);
}

/**
 * At start: connect to Redis before serving, so the first requests already share
 * limits and cache (commands sent before the connection is up fall back, since
 * they are not queued). A Redis that does not answer in time is logged; the
 * server starts anyway and Redis joins when it comes up.
 */
export async function connectRedis(timeoutMs = 5000): Promise<void> {
  const client = redisClient();
  if (!client || client.status === "ready") return;
  const ready = new Promise<boolean>((resolve) => {
    client.once("ready", () => resolve(true));
    setTimeout(() => resolve(false), timeoutMs).unref();
  });
  if (await ready) logger.info("Redis connected: cache and rate limits are shared");
  else logger.warn("Redis did not answer at start; using per-instance cache and limits until it does");
}

/** At shutdown: ends the connection after pending commands (bounded by the caller's deadline). */
export async function closeRedis(): Promise<void> {
  const client = (globalThis as GlobalWithRedis)[GLOBAL_KEY];
  if (!client) return;
  await client.quit().catch(() => client.disconnect());
}
