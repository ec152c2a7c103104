import "server-only";

import { LRUCache } from "lru-cache";
import { _createCache } from "next-intl";

type FormatCache = ReturnType<typeof _createCache>;

/*
 * next-intl keeps its Intl formatters (plural rules, number and date formats) and the messages
 * it has compiled in a cache made for each request. A translator made with one of these caches
 * and no formatters of its own (server-translator.ts: every server component's translator, the
 * badges, link-preview cards and calendar feeds) keeps both across requests. What next-intl makes
 * for the request itself (i18n/request.ts: useTranslations in server components, the formatter)
 * keeps only the compiled messages: its getConfig makes their formatters from a cache of its own
 * for each request, whatever the config passes (measured: one PluralRules and one NumberFormat
 * made per Explore page, about 20 µs). In the built app messages arrive compiled (next.config.js's
 * `precompile`); run outside the build, as in tests, they are plain ICU strings, compiled once
 * here. Both only change with a deployment: one cache per language and time zone (the zone is
 * part of each date format's options). The zone comes from a cookie: the number of caches is
 * bounded, the least recently used one dropped.
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
