// Only used to parse relative addresses; never fetched or shown.
const PLACEHOLDER_ORIGIN = "http://same-site.invalid";

/**
 * The path (with its query and fragment) of an address on this site, or null
 * for anything else: another site, another scheme, a protocol-relative `//host`
 * in any disguise, junk. An absolute address counts only when its origin is
 * `origin` (this site's). What comes back is always a plain path, so whoever
 * redirects to it stays on this site: never an open redirect.
 */
export function sameSitePath(value: unknown, origin?: string): string | null {
  if (typeof value !== "string" || value === "" || value.length > 2048) return null;
  const expected = origin ?? PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(value, expected);
  } catch {
    return null;
  }
  if (url.origin !== new URL(expected).origin) return null;
  // "/.//evil.example" parses to the path "//evil.example", which a browser would read as another host.
  if (url.pathname.startsWith("//")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
