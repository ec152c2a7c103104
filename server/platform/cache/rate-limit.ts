import "server-only";

import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "../env";
import { RateLimitedError } from "../../../shared/errors";
import { redisClient } from "./redis-client";

export interface RateLimiter {
  /** Counts one request for `key`; throws RateLimitedError once the minute's budget is spent. */
  consume(key: string): Promise<void>;
}

/**
 * A per-minute budget per key. With Redis every instance counts into the same
 * budget (horizontal scaling keeps the limit); without it, or while Redis is
 * down, each instance counts on its own.
 */
export function createRateLimiter(options: { points: number; redis: Redis | null; keyPrefix?: string }): RateLimiter {
  const memory = new RateLimiterMemory({ points: options.points, duration: 60 });
  const limiter: RateLimiterAbstract = options.redis
    ? new RateLimiterRedis({
        storeClient: options.redis,
        points: options.points,
        duration: 60,
        keyPrefix: options.keyPrefix ?? "waymark:rate",
        insuranceLimiter: memory,
      })
    : memory;
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw rejection;
      }
    },
  };
}

const SAVES_KEY = Symbol.for("waymark.roadmapSaveLimiters");
type GlobalWithSaveLimiters = typeof globalThis & { [SAVES_KEY]?: { saves: RateLimiter; previews: RateLimiter } };

/**
 * Roadmap writes per learner: ROADMAP_SAVES_PER_MINUTE saves and forks, and four
 * times as many previews (a dry run reads and diffs a whole roadmap, so it is
 * counted too, on its own budget, as the editor asks for one while its owner types).
 */
export function roadmapSaveLimiters(): { saves: RateLimiter; previews: RateLimiter } {
  const holder = globalThis as GlobalWithSaveLimiters;
  const points = env().ROADMAP_SAVES_PER_MINUTE;
  holder[SAVES_KEY] ??= {
    saves: createRateLimiter({ points, redis: redisClient(), keyPrefix: "waymark:roadmap-saves" }),
    previews: createRateLimiter({ points: points * 4, redis: redisClient(), keyPrefix: "waymark:roadmap-previews" }),
  };
  return holder[SAVES_KEY];
}

const GLOBAL_KEY = Symbol.for("waymark.apiRateLimiter");
type GlobalWithLimiter = typeof globalThis & { [GLOBAL_KEY]?: RateLimiter };

/** The GraphQL API's limiter: RATE_LIMIT_PER_MINUTE requests per learner (or per address when signed out). */
export function apiRateLimiter(): RateLimiter {
  const holder = globalThis as GlobalWithLimiter;
  holder[GLOBAL_KEY] ??= createRateLimiter({ points: env().RATE_LIMIT_PER_MINUTE, redis: redisClient() });
  return holder[GLOBAL_KEY];
}
