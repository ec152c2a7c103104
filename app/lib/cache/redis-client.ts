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
