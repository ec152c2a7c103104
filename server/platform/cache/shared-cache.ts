import "server-only";

import type { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import { logger } from "../logger";
import { cacheRequests } from "../metrics";
import { redisClient } from "./redis-client";

/** A JSON cache: Redis when configured (shared by all instances), else this process's memory. */
export interface SharedCache {
  /** True when other instances see the same entries (Redis). */
  readonly distributed: boolean;
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  /** Text kept verbatim: for answers already serialised, which would otherwise be parsed and written again. */
  getText(key: string): Promise<string | undefined>;
  setText(key: string, text: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

type TextStore = Pick<SharedCache, "distributed" | "getText" | "setText" | "delete">;

/** A cache over a store of text: JSON values are written and read as their text. */
function withJson(store: TextStore): SharedCache {
  return {
    ...store,
    async get<T>(key: string) {
      const json = await store.getText(key);
      return json === undefined ? undefined : (JSON.parse(json) as T);
    },
    async set(key, value, ttlSeconds) {
      await store.setText(key, JSON.stringify(value), ttlSeconds);
    },
  };
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
  return withJson({
    distributed: false,
    async getText(key) {
      const hit = store.get(key);
      cacheRequests().inc({ cache: "memory", result: hit ? "hit" : "miss" });
      return hit?.json;
    },
    async setText(key, text, ttlSeconds) {
      store.set(key, { json: text }, { ttl: ttlSeconds * 1000 });
    },
    async delete(key) {
      store.delete(key);
    },
  });
}

/** Redis errors are logged and treated as misses: the cache only ever saves work. */
export function createRedisCache(redis: Redis, prefix = "waymark:cache:"): SharedCache {
  const warn = (error: unknown) => logger.warn({ err: error }, "Redis cache unavailable");
  return withJson({
    distributed: true,
    async getText(key) {
      try {
        const json = await redis.get(prefix + key);
        cacheRequests().inc({ cache: "redis", result: json === null ? "miss" : "hit" });
        return json ?? undefined;
      } catch (error) {
        warn(error);
        return undefined;
      }
    },
    async setText(key, text, ttlSeconds) {
      await redis.set(prefix + key, text, "EX", ttlSeconds).catch(warn);
    },
    async delete(key) {
      await redis.del(prefix + key).catch(warn);
    },
  });
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
