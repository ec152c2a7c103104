import "server-only";

import { LRUCache } from "lru-cache";
import { sharedCache } from "@/server/platform/cache/shared-cache";
import type { ReadsStamp } from "./roadmap-reads";

/*
 * Signed-out answers, cached whole: a signed-out query sees only roadmap
 * content, the same for everyone, so its answer is kept (in this process, and
 * in Redis when configured, for every instance) under its key (answer-key.ts)
 * with the roadmap lookups it made (roadmap-reads.ts), which the finder checks
 * before serving it. An entry is the stamp's JSON on one line, then the
 * answer's text (answer-text.ts): a hit is neither parsed nor written again,
 * and is byte for byte what a full run sends. Any instance may replace an
 * entry with a newer answer; whichever copy is found is checked, so this
 * process keeps its own copy in front of Redis without any risk of staleness.
 */

const CACHE_SECONDS = 3600;
/** Larger answers are computed each time: a few such keys must not crowd out the rest. */
const MAX_CACHED_BYTES = 512 * 1024;

export interface SharedAnswer {
  reads: ReadsStamp;
  text: string;
}

const GLOBAL_KEY = Symbol.for("waymark.sharedAnswers");
type GlobalWithAnswers = typeof globalThis & { [GLOBAL_KEY]?: LRUCache<string, string> };

/** This process's copy: bounded by total size, as the shared cache is. */
export function localSharedAnswers(): LRUCache<string, string> {
  const holder = globalThis as GlobalWithAnswers;
  holder[GLOBAL_KEY] ??= new LRUCache<string, string>({
    max: 1000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.length),
    ttl: CACHE_SECONDS * 1000,
  });
  return holder[GLOBAL_KEY];
}

function parse(entry: string): SharedAnswer | undefined {
  const end = entry.indexOf("\n");
  if (end < 0) return undefined;
  try {
    return { reads: JSON.parse(entry.slice(0, end)) as ReadsStamp, text: entry.slice(end + 1) };
  } catch {
    return undefined;
  }
}

/** The answer some instance cached under this key, not yet checked. */
export async function findSharedAnswer(key: string): Promise<SharedAnswer | undefined> {
  const local = localSharedAnswers().get(key);
  if (local !== undefined) return parse(local);
  const shared = sharedCache();
  if (!shared.distributed) return undefined;
  const entry = await shared.getText(key);
  if (entry === undefined) return undefined;
  localSharedAnswers().set(key, entry);
  return parse(entry);
}

export async function storeSharedAnswer(key: string, answer: SharedAnswer): Promise<void> {
  if (answer.text.length > MAX_CACHED_BYTES) return;
  const entry = `${JSON.stringify(answer.reads)}\n${answer.text}`;
  localSharedAnswers().set(key, entry);
  const shared = sharedCache();
  if (shared.distributed) await shared.setText(key, entry, CACHE_SECONDS);
}
