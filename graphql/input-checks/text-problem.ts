import "server-only";

/**
 * Why a string cannot be stored as text, or undefined when it can. PostgreSQL
 * refuses NUL in text columns, and an unpaired UTF-16 surrogate has no UTF-8
 * form (the driver would silently store U+FFFD instead), so both are refused
 * before anything reaches a service.
 */
export function textProblem(text: string): string | undefined {
  if (text.includes("\0")) return "Text may not contain NUL characters";
  // With the u flag, \p{Cs} matches only surrogates that are not part of a pair.
  if (/\p{Cs}/u.test(text)) return "Text must be valid Unicode, without unpaired surrogates such as \\uD800";
  return undefined;
}

/** A string a client sent that cannot be stored, and where it was. */
export interface InvalidText {
  /** For example "variable `$input.note`" or "argument `input.note`". */
  place: string;
  problem: string;
}
