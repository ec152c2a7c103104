import "server-only";

import { LRUCache } from "lru-cache";
import { _createCache } from "next-intl";

type FormatCache = ReturnType<typeof _createCache>;

/*
 * next-intl keeps its Intl formatters (plural rules, number and date formats) and the messages
 * it has compiled in a cache made for each request, and each server translator of a namespace
 * makes another. In the built app the messages arrive compiled (next.config.js's `precompile`),
 * so what this keeps across requests is the formatters; where messages are plain ICU strings
 * (server code run outside the build, as in tests) it keeps their compiled forms too. Both only
 * change with a deployment: one cache per language and time zone (the zone is part of each
 * date format's options). The zone comes from a cookie: the number of caches is bounded, the
 * least recently used one dropped.
 */
const caches = new LRUCache<string, FormatCache>({ max: 24 });

/** The process's formatters (and any messages compiled at run time) for a language and time zone. */
export function formatCacheFor(locale: string, timeZone: string | undefined): FormatCache {
  const key = `${locale} ${timeZone ?? ""}`;
  let cache = caches.get(key);
  if (!cache) {
    cache = _createCache();
    caches.set(key, cache);
  }
  return cache;
}
