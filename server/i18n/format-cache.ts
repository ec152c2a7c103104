import "server-only";

import { LRUCache } from "lru-cache";
import { _createCache } from "next-intl";

type FormatCache = ReturnType<typeof _createCache>;

/*
 * next-intl keeps the messages it has compiled (ICU parsed into a format) and its Intl
 * formatters in a cache made for each request, and each server translator of a namespace
 * makes another: every page parsed again every message with arguments it showed. Messages only change with a deployment, so the
 * compiled ones are kept for the process, one cache per language and time zone (the
 * zone is part of each compiled format's options). The zone comes from a cookie: the
 * number of caches is bounded, the least recently used one dropped. Each holds at most
 * the catalogue's messages with arguments (plain ones are never compiled).
 */
const caches = new LRUCache<string, FormatCache>({ max: 24 });

/** The process's compiled messages and formatters for a language and time zone. */
export function formatCacheFor(locale: string, timeZone: string | undefined): FormatCache {
  const key = `${locale} ${timeZone ?? ""}`;
  let cache = caches.get(key);
  if (!cache) {
    cache = _createCache();
    caches.set(key, cache);
  }
  return cache;
}
