import "server-only";

import { createHash } from "node:crypto";
import type { FormattedExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";
import { sharedCache } from "@/app/lib/platform/cache/shared-cache";
import { contentEpoch } from "@/app/lib/services/roadmaps/content-epoch";
import { answerText } from "./answer-text";
import { keptRequestDigest, type KeptRequest } from "./kept-request";
import { typeDefs } from "./schema";

/*
 * Signed-out answers, kept whole. A signed-out query sees only roadmap content,
 * the same for everyone, so its answer is kept (in this process, and in Redis
 * when configured, for every instance) under the document, its operation name
 * and variables, the schema, and the content's epoch (content-epoch.ts, one
 * statement). Any change to any roadmap changes the epoch, so no cached answer
 * outlives the content it was computed from; a new schema (a deploy) never
 * answers from an old one's entries. Only successful queries are stored (the
 * plugin decides), so a key that hits passed every check once already.
 *
 * Answers are kept as the JSON text that is sent (answer-text.ts), so a hit is
 * neither parsed nor written again, and is byte for byte what a full run sends.
 * A key never changes meaning (the epoch is in it), so this process keeps its
 * own copy in front of Redis without any risk of staleness.
 */

const CACHE_SECONDS = 3600;
/** Larger answers are computed each time: a few such keys must not crowd out the rest. */
const MAX_CACHED_BYTES = 512 * 1024;

const SCHEMA = createHash("sha256").update(typeDefs.join("\n")).digest("base64url").slice(0, 16);
/** The kept text's form (answer-text.ts): entries an older version wrote otherwise are never served. */
const TEXT_FORM = "t2";

/**
 * The cache key of a signed-out request at the current content epoch (reads the
 * epoch), or undefined when the request cannot be keyed (kept-request.ts).
 */
export async function signedOutAnswerKey(request: KeptRequest): Promise<string | undefined> {
  const document = keptRequestDigest(request);
  return document === undefined ? undefined : `signed-out:${TEXT_FORM}:${SCHEMA}:${document}:${await contentEpoch()}`;
}

const GLOBAL_KEY = Symbol.for("waymark.signedOutAnswers");
type GlobalWithAnswers = typeof globalThis & { [GLOBAL_KEY]?: LRUCache<string, string> };

/** This process's copy: bounded by total size, as the shared cache is. */
function localAnswers(): LRUCache<string, string> {
  const holder = globalThis as GlobalWithAnswers;
  holder[GLOBAL_KEY] ??= new LRUCache<string, string>({
    max: 1000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (json) => Math.max(1, json.length),
    ttl: CACHE_SECONDS * 1000,
  });
  return holder[GLOBAL_KEY];
}

/** The answer's JSON text, when some instance has stored it under this key. */
export async function cachedSignedOutAnswer(key: string): Promise<string | undefined> {
  const local = localAnswers().get(key);
  if (local !== undefined) return local;
  const shared = sharedCache();
  if (!shared.distributed) return undefined;
  const json = await shared.getText(key);
  if (json !== undefined) localAnswers().set(key, json);
  return json;
}

export async function storeSignedOutAnswer(key: string, result: FormattedExecutionResult): Promise<void> {
  const json = answerText(result);
  if (json.length > MAX_CACHED_BYTES) return;
  localAnswers().set(key, json);
  const shared = sharedCache();
  if (shared.distributed) await shared.setText(key, json, CACHE_SECONDS);
}
