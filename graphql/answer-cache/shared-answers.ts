import "server-only";

import { LRUCache } from "lru-cache";
import { sharedCache } from "@/server/platform/cache/shared-cache";
import { answerBytes } from "./answer-text";
import type { ReadsStamp } from "./roadmap-reads";

/*
 * Signed-out answers, cached whole: a signed-out query sees only roadmap
 * content, the same for everyone, so its answer is kept (in this process, and
 * in Redis when configured, for every instance) under its key (answer-key.ts)
 * with the roadmap lookups it made (roadmap-reads.ts), which the finder checks
 * before serving it. In Redis an entry is the stamp's JSON on one line, then
 * the answer's text (answer-text.ts); this process keeps the stamp and the
 * text's bytes: a hit is neither parsed nor written again, nor encoded, and is
 * byte for byte what a full run sends. Any instance may replace an
 * entry with a newer answer; whichever copy is found is checked, so this
 * process keeps its own copy in front of Redis without any risk of staleness.
 */

const CACHE_SECONDS = 3600;
/** Larger answers are computed each time: a few such keys must not crowd out the rest. */
const MAX_CACHED_BYTES = 512 * 1024;

export interface SharedAnswer {
  reads: ReadsStamp;
  /** The answer's text as UTF-8. */
  bytes: Uint8Array<ArrayBuffer>;
}

/** A stamp's memory, roughly, beside its answer's bytes. */
const STAMP_BYTES = 256;

const GLOBAL_KEY = Symbol.for("waymark.sharedAnswers");
type GlobalWithAnswers = typeof globalThis & { [GLOBAL_KEY]?: LRUCache<string, SharedAnswer> };

/** This process's copy: bounded by total size, as the shared cache is. */
export function localSharedAnswers(): LRUCache<string, SharedAnswer> {
  const holder = globalThis as GlobalWithAnswers;
  holder[GLOBAL_KEY] ??= new LRUCache<string, SharedAnswer>({
    max: 1000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (answer) => answer.bytes.length + STAMP_BYTES,
    ttl: CACHE_SECONDS * 1000,
  });
  return holder[GLOBAL_KEY];
}

function parse(entry: string): SharedAnswer | undefined {
  const end = entry.indexOf("\n");
  if (end < 0) return undefined;
  try {
    return { reads: JSON.parse(entry.slice(0, end)) as ReadsStamp, bytes: answerBytes(entry.slice(end + 1)) };
  } catch {
    return undefined;
  }
}

/** The answer some instance cached under this key, not yet checked. */
export async function findSharedAnswer(key: string): Promise<SharedAnswer | undefined> {
  const local = localSharedAnswers().get(key);
  if (local !== undefined) return local;
  const shared = sharedCache();
  if (!shared.distributed) return undefined;
  const entry = await shared.getText(key);
  const answer = entry === undefined ? undefined : parse(entry);
  if (answer) localSharedAnswers().set(key, answer);
  return answer;
}

/** Caches an answer's text (answer-text.ts) with the lookups it made. */
export async function storeSharedAnswer(key: string, reads: ReadsStamp, text: string): Promise<void> {
  if (text.length > MAX_CACHED_BYTES) return;
  localSharedAnswers().set(key, { reads, bytes: answerBytes(text) });
  const shared = sharedCache();
  if (shared.distributed) await shared.setText(key, `${JSON.stringify(reads)}\n${text}`, CACHE_SECONDS);
}
