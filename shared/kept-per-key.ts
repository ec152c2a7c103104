/**
 * A value per key, made on first use and kept: for the Intl objects (date formats, language
 * names) that cost far more to build than to use, on the server and in the browser alike.
 * Bounded, as a key may come from a request (a time zone from a cookie, in any letter case):
 * past `max` keys it starts afresh. A plain Map, not an LRU library: this module reaches the
 * browser, where lru-cache would add 6 kB gzip to every page for caches that are rarely full.
 */
export function keptPerKey<V>(max: number): (key: string, make: () => V) => V {
  const kept = new Map<string, V>();
  return (key, make) => {
    if (kept.has(key)) return kept.get(key)!;
    // Made first: a value that cannot be made (it throws) is not kept.
    const value = make();
    if (kept.size >= max) kept.clear();
    kept.set(key, value);
    return value;
  };
}
