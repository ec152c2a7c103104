import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";
import { createMemoryCache, createRedisCache } from "./shared-cache";

// The machine's real Redis (TEST_REDIS_URL); keys are prefixed per run and removed afterwards.
const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const run = `waymark-test:${randomBytes(4).toString("hex")}:`;
const clients: Redis[] = [];
function connect() {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  clients.push(client);
  return client;
}

afterAll(async () => {
  const keys = await clients[0]!.keys(`${run}*`);
  if (keys.length > 0) await clients[0]!.del(...keys);
  await Promise.all(clients.map((client) => client.quit()));
});

describe("the shared cache on Redis", () => {
  it("is shared by instances: what one writes or deletes, the other sees", async () => {
    const a = createRedisCache(connect(), `${run}cache:`);
    const b = createRedisCache(connect(), `${run}cache:`);
    await a.set("roadmap", { title: "Backend", items: [1, 2] }, 60);
    expect(await b.get("roadmap")).toEqual({ title: "Backend", items: [1, 2] });
    await b.delete("roadmap");
    expect(await a.get("roadmap")).toBeUndefined();
  });

  it("expires entries", async () => {
    const client = connect();
    const cache = createRedisCache(client, `${run}ttl:`);
    await cache.set("short", 1, 1);
    expect(await client.ttl(`${run}ttl:short`)).toBeGreaterThan(0);
  });

  it("treats an unreachable Redis as a miss instead of failing", async () => {
    const down = new Redis("redis://127.0.0.1:1", {
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    down.on("error", () => {});
    const cache = createRedisCache(down, `${run}down:`);
    await expect(cache.set("k", 1, 60)).resolves.toBeUndefined();
    await expect(cache.get("k")).resolves.toBeUndefined();
    down.disconnect();
  });
});

describe("the memory cache", () => {
  it("keeps values per instance only", async () => {
    const a = createMemoryCache();
    const b = createMemoryCache();
    await a.set("k", { v: 1 }, 60);
    expect(await a.get("k")).toEqual({ v: 1 });
    expect(await b.get("k")).toBeUndefined();
  });
});

describe("rate limits", () => {
  it("on Redis, count every instance's requests into one budget", async () => {
    const keyPrefix = `${run}rate`;
    const a = createRateLimiter({ points: 5, redis: connect(), keyPrefix });
    const b = createRateLimiter({ points: 5, redis: connect(), keyPrefix });
    for (const limiter of [a, b, a, b, a]) await limiter.consume("user:1");
    await expect(b.consume("user:1")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(a.consume("user:2")).resolves.toBeUndefined();
  });

  it("in memory, count per instance", async () => {
    const a = createRateLimiter({ points: 2, redis: null });
    const b = createRateLimiter({ points: 2, redis: null });
    await a.consume("k");
    await a.consume("k");
    await expect(a.consume("k")).rejects.toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    await expect(b.consume("k")).resolves.toBeUndefined();
  });
});
