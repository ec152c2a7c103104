import "server-only";

import type { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import { logger } from "../logger";
import { cacheRequests } from "../metrics";
import { redisClient } from "./redis-client";

/** A JSON cache: Redis when configured (shared by all instances), else this process's memory. */
export interface SharedCache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * This process's memory as the cache: bounded by entries and by size (values are
 * kept as JSON text, whose length is their cost), so large roadmaps and answers
 * cannot grow it without limit.
 */
export function createMemoryCache(max = 2000, maxBytes = 64 * 1024 * 1024): SharedCache {
  const store = new LRUCache<string, { json: string }>({
    max,
    maxSize: maxBytes,
    sizeCalculation: (entry) => Math.max(1, entry.json.length),
  });
  return {
    async get<T>(key: string) {
      const hit = store.get(key);
      cacheRequests().inc({ cache: "memory", result: hit ? "hit" : "miss" });
      return hit ? (JSON.parse(hit.json) as T) : undefined;
    },
    async set(key, value, ttlSeconds) {
      store.set(key, { json: JSON.stringify(value) }, { ttl: ttlSeconds * 1000 });
    },
    async delete(key) {
      store.delete(key);
    },
  };
}

/** Redis errors are logged and treated as misses: the cache only ever saves work. */
export function createRedisCache(redis: Redis, prefix = "waymark:cache:"): SharedCache {
  const warn = (error: unknown) => logger.warn({ err: error }, "Redis cache unavailable");
  return {
    async get<T>(key: string) {
      try {
        const json = await redis.get(prefix + key);
        cacheRequests().inc({ cache: "redis", result: json === null ? "miss" : "hit" });
        return json === null ? undefined : (JSON.parse(json) as T);
      } catch (error) {
        warn(error);
        return undefined;
      }
    },
    async set(key, value, ttlSeconds) {
      await redis.set(prefix + key, JSON.stringify(value), "EX", ttlSeconds).catch(warn);
    },
    async delete(key) {
      await redis.del(prefix + key).catch(warn);
    },
  };
}

const GLOBAL_KEY = Symbol.for("waymark.sharedCache");
type GlobalWithCache = typeof globalThis & { [GLOBAL_KEY]?: SharedCache };

export function sharedCache(): SharedCache {
  const holder = globalThis as GlobalWithCache;
  if (!holder[GLOBAL_KEY]) {
    const redis = redisClient();
    holder[GLOBAL_KEY] = redis ? createRedisCache(redis) : createMemoryCache();
  }
  return holder[GLOBAL_KEY];
}
