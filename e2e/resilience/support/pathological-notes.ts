/** The longest note a learner may store (MAX_NOTE_LENGTH in set-item-note.ts). */
export const NOTE_LIMIT = 10_000;

/** `pattern` repeated to exactly `length` characters. */
function fill(pattern: string, length = NOTE_LIMIT): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

/**
 * Markdown known to push parsers into deep recursion or quadratic work
 * (the worst cases reported against CommonMark implementations): deep
 * container nesting, long runs of emphasis and link openers, unclosed
 * constructs. Each is exactly at the length limit.
 */
export const PATHOLOGICAL_NOTES: { name: string; note: string }[] = [
  { name: "10,000 `>` (blockquotes nested 10,000 deep)", note: fill(">") },
  { name: "`> ` x 5,000", note: fill("> ") },
  { name: "`*` x 10,000", note: fill("*") },
  { name: "`_` x 10,000", note: fill("_") },
  { name: "`*a` x 5,000", note: fill("*a") },
  { name: "`_a` x 5,000", note: fill("_a") },
  { name: "`**a` x 3,333", note: fill("**a") },
  { name: "`*_` alternating", note: fill("*_") },
  { name: "`a**b__` openers never closed", note: fill("a**b__") },
  { name: "`[` x 10,000", note: fill("[") },
  { name: "`[a](` x 2,500", note: fill("[a](") },
  { name: "`![` x 5,000", note: fill("![") },
  { name: "`[a]` x 3,333 (shortcut references)", note: fill("[a]") },
  { name: "`[^` footnote openers", note: fill("[^") },
  { name: "`` ` `` x 10,000", note: fill("`") },
  {
    name: "`` `a `` runs of growing backtick strings",
    note: fill(Array.from({ length: 40 }, (_, n) => "`".repeat(n + 1) + "a").join("")),
  },
  { name: "`<` x 10,000", note: fill("<") },
  { name: "`<a ` unclosed tags", note: fill("<a ") },
  { name: "`&#` entity openers", note: fill("&#") },
  { name: "`- ` nested list 5,000 deep on one line", note: fill("- ") },
  { name: "`1. ` nested ordered lists", note: fill("1. ") },
  {
    name: "indented list staircase",
    note: fill(Array.from({ length: 140 }, (_, n) => `${"  ".repeat(n)}- a\n`).join("")),
  },
  { name: "`|` table with 5,000 columns", note: fill("|a", 5000) + "\n" + fill("|-", 5000 - 1) },
  { name: "`www.a.` autolink-literal run", note: fill("www.a.") },
  { name: "`a@` email-literal run", note: fill("a@") },
  { name: "`~` strikethrough run", note: fill("~a") },
  { name: "`\\` backslash run", note: fill("\\") },
  { name: "link reference definitions", note: fill("[a]: <b>\n") },
  { name: "`* a\\n` x 2,500 (2,500 list items)", note: fill("* a\n") },
  { name: "`> - ` mixed containers", note: fill("> - ") },
];
