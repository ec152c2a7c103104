const MAX_NAME = 100;

/**
 * Letters, digits, dots, dashes and underscores, words joined by dashes (any
 * other character, quotes, slashes and control characters included, splits
 * words), leading or trailing dots and dashes dropped, cut at MAX_NAME characters.
 */
function tidy(name: string): string {
  const cut = Array.from(
    name
      .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, " ")
      .trim()
      .replace(/\s+/g, "-")
      .replace(/-{2,}/g, "-"),
  )
    .slice(0, MAX_NAME)
    .join("");
  return cut.replace(/^[.-]+|[.-]+$/g, "");
}

/** The name in plain ASCII for clients that ignore filename*: accents dropped, anything else a dash. */
function asciiName(name: string): string {
  return tidy(
    name
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .replace(/[^A-Za-z0-9._-]+/g, " "),
  );
}

/** RFC 5987's attr-char set: what encodeURIComponent leaves alone, less ' ( ) *. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition header for a download named after `name` (a roadmap's
 * title, say) with `extension`: "Backend Development Roadmap" gives
 * `attachment; filename="Backend-Development-Roadmap.md"`. A name beyond ASCII
 * keeps its letters in RFC 6266's `filename*` (UTF-8), beside an ASCII
 * `filename` for older clients; a name with nothing usable becomes `fallback`.
 */
export function attachmentDisposition(name: string, extension: string, fallback = "download"): string {
  const unicode = tidy(name) || fallback;
  const ascii = asciiName(name) || fallback;
  const plain = `attachment; filename="${ascii}.${extension}"`;
  return unicode === ascii ? plain : `${plain}; filename*=UTF-8''${encodeValue(`${unicode}.${extension}`)}`;
}
