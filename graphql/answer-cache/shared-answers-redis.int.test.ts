import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisCache, type SharedCache } from "@/server/platform/cache/shared-cache";
import type { ReadsStamp } from "./roadmap-reads";
import { findSharedAnswer, localSharedAnswers, storeSharedAnswer } from "./shared-answers";

// The machine's real Redis (TEST_REDIS_URL); keys are prefixed per run and removed afterwards.
const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `waymark-test:${randomBytes(4).toString("hex")}:answers:`;
const CACHE_KEY = Symbol.for("waymark.sharedCache");
const holder = globalThis as typeof globalThis & { [CACHE_KEY]?: SharedCache };
const client = new Redis(url, { maxRetriesPerRequest: 1 });
let before: SharedCache | undefined;

beforeAll(() => {
  before = holder[CACHE_KEY];
  holder[CACHE_KEY] = createRedisCache(client, prefix);
});

afterAll(async () => {
  holder[CACHE_KEY] = before;
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(...keys);
  await client.quit();
});

describe("signed-out answers kept in Redis", () => {
  it("are found by another instance (a process without its own copy) as the same bytes and lookups", async () => {
    const reads: ReadsStamp = { slugs: [["backend", "r1@3"]], ids: [["r1", "r1@3"]], builtIns: null };
    // Characters of every UTF-8 length, and a line break inside the text (the entry's separator).
    const text = `{"data":{"roadmap":{"title":"Café 😀 \\u2028 ü","note":"a\\nb"}}}\n`;
    await storeSharedAnswer("key-1", reads, text);
    localSharedAnswers().clear();
    const found = await findSharedAnswer("key-1");
    expect(found?.reads).toEqual(reads);
    expect(Buffer.from(found!.bytes).toString("utf8")).toBe(text);
    expect(Buffer.compare(found!.bytes, Buffer.from(text))).toBe(0);
    // In memory of its own: a short answer must not keep a shared 8 KiB pool alive in the cache.
    expect(found!.bytes.buffer.byteLength).toBe(found!.bytes.length);
    // Now this process's copy serves it, the same bytes.
    expect(localSharedAnswers().get("key-1")?.bytes).toBe((await findSharedAnswer("key-1"))?.bytes);
  });
});
