import fc from "fast-check";

/** `unit` repeated to at most `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.max(1, Math.floor(length / unit.length)));

/** Lines built by `line(i)` until the next one would pass `length`. */
function lines(length: number, line: (index: number) => string): string {
  let result = "";
  for (let index = 0; ; index++) {
    const next = `${line(index)}\n`;
    if (result.length + next.length > length) return result;
    result += next;
  }
}

/**
 * Notes built to be expensive for a markdown renderer, each as long as asked:
 * the families from the attack on the old renderer (deep quotes and lists,
 * emphasis, bracket and backtick runs) and the ones measuring found since
 * (setext headings, padded tables, footnotes, reference links...). Shared by
 * `npm run bench:notes` and the property test.
 */
export const PATHOLOGICAL_NOTES: Record<string, (length: number) => string> = {
  "quotes: > run": (n) => fill(">", n - 1) + "a",
  "quotes: > > run": (n) => fill("> ", n - 1) + "a",
  "quotes: staircase": (n) => lines(n, (i) => "> ".repeat(i + 1) + "a"),
  "quotes: 8 deep, every line": (n) => lines(n, () => "> ".repeat(8) + "a"),
  "lists: - run": (n) => fill("- ", n - 1) + "a",
  "lists: * run": (n) => fill("* ", n - 1) + "a",
  "lists: 1. run": (n) => fill("1. ", n - 1) + "a",
  "lists: indent staircase": (n) => lines(n, (i) => "  ".repeat(i) + "- a"),
  "lists: 8 deep, every line": (n) => lines(n, () => "- ".repeat(8) + "a"),
  "lists: flat items": (n) => lines(n, () => "- a"),
  "lists: tasks": (n) => lines(n, (i) => `- [${i % 2 ? "x" : " "}] a`),
  "mixed: > - run": (n) => fill("> - ", n - 1) + "a",
  "mixed: - > 1. run": (n) => fill("- > 1. ", n - 1) + "a",
  "mixed: 4 quotes 4 lists, every line": (n) => lines(n, () => "> - ".repeat(4) + "a"),
  "emphasis: * run": (n) => fill("*", n),
  "emphasis: _ run": (n) => fill("_", n),
  "emphasis: *a **b": (n) => fill("*a **b ", n),
  "emphasis: _a __b": (n) => fill("_a __b ", n),
  "emphasis: a* intraword": (n) => fill("a*", n),
  "emphasis: a_ intraword": (n) => fill("a_", n),
  "emphasis: *_ mixed": (n) => fill("*_", n),
  "emphasis: nested *a *b": (n) => fill("*a ", n / 2) + fill(" b*", n / 2),
  "emphasis: nested 8 deep": (n) => fill("*a _b **c __d ~~e *f _g **h i** g_ f* e~~ d__ c** b_ a* ", n),
  "emphasis: ~ run": (n) => fill("~a ", n),
  "brackets: [ run": (n) => fill("[", n),
  "brackets: ![ run": (n) => fill("![", n),
  "brackets: [a]( run": (n) => fill("[a](", n),
  "brackets: [[[ ]]]": (n) => fill("[", n / 2) + fill("]", n / 2),
  "brackets: nested images": (n) => fill("![", n / 2) + fill("](a)", n / 2),
  "brackets: ( run in a link": (n) => "[a](" + fill("(", n - 4),
  "backticks: ` run": (n) => fill("`", n),
  "backticks: growing runs": (n) => {
    let result = "";
    for (let run = 1; result.length + run + 1 <= n; run++) result += "`".repeat(run) + "a";
    return result;
  },
  "backticks: `a``": (n) => fill("`a``", n),
  "headings: setext =": (n) => fill("a\n=\n", n),
  "headings: setext -": (n) => fill("a\n-\n", n),
  "headings: atx": (n) => fill("# a\n", n),
  "tables: wide": (n) => {
    const columns = Math.floor(n / 7);
    return `${"|a".repeat(columns)}|\n${"|-".repeat(columns)}|\n${"|b".repeat(columns)}|\n`;
  },
  "tables: many rows": (n) => "|a|b|c|\n|-|-|-|\n" + fill("|x|y|z|\n", n - 16),
  "tables: padded rows": (n) => `${"|a".repeat(200)}|\n${"|-".repeat(200)}|\n` + fill("a\n", n - 802),
  "tables: padded, in a quote": (n) => `> ${"|a".repeat(40)}|\n> ${"|-".repeat(40)}|\n` + fill("> a\n", n - 170),
  "footnotes: references": (n) => fill("[^a]", n - 10) + "\n\n[^a]: b",
  "footnotes: definitions": (n) => fill("[^a]: b\n", n),
  "links: reference reused": (n) => `[a]: https://example.com/${"x".repeat(4000)}\n\n` + fill("[a]", n - 4030),
  "links: many": (n) => fill("[a](https://b.c) ", n),
  "links: www autolinks": (n) => fill("www.a.b ", n),
  "links: e-mail autolinks": (n) => fill("a@b.c ", n),
  "html: <a run": (n) => fill("<a ", n),
  "html: < run": (n) => fill("<", n),
  "entities: &#": (n) => fill("&#", n),
  "entities: &amp;": (n) => fill("&amp;", n),
  "escapes: \\*": (n) => fill("\\*", n),
  "breaks: hard": (n) => fill("a  \n", n),
  "breaks: blank lines": (n) => fill("\n", n),
  "code: fenced": (n) => "```\n" + fill("a\n", n - 8) + "```\n",
  "code: unclosed fences": (n) => fill("```\n", n),
  "prose: ordinary note": (n) =>
    fill("Read **chapter 3** of [the book](https://example.com) and run `npm test`.\n\n- one\n- two\n\n", n),
};

/** Pieces of markdown syntax that the renderer's costs come from, and some text. */
const PIECES = [
  ">",
  "> ",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "1) ",
  "  ",
  "    ",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  "*",
  "**",
  "_",
  "__",
  "~",
  "~~",
  "`",
  "```",
  "[",
  "]",
  "![",
  "](",
  "(",
  ")",
  "[^1]",
  "[^1]: ",
  "[a]: /u ",
  "|",
  "|-",
  "|:-:",
  "#",
  "=",
  "---",
  "<",
  "<a ",
  "</a>",
  "&",
  "&amp;",
  "\\",
  "a",
  "b c",
  "www.",
  "@",
  "http://",
  "[ ] ",
  "[x] ",
];

/** Random markdown made of PIECES: short fragments, repeated up to the length limit. */
export function pathologicalNote(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }),
      fc.integer({ min: 1, max: maxLength }),
    )
    .map(([pieces, length]) => {
      const unit = pieces.join("");
      return unit.repeat(Math.max(1, Math.floor(length / unit.length))).slice(0, maxLength);
    });
}

/** Lines of random container prefixes (0-12 quote and list markers) before random inline pieces, up to the limit. */
export function nestedLinesNote(maxLength: number): fc.Arbitrary<string> {
  const prefix = fc
    .array(fc.constantFrom("> ", "- ", "* ", "1. ", "  ", "- [ ] "), { maxLength: 12 })
    .map((parts) => parts.join(""));
  const inline = fc.array(fc.constantFrom(...PIECES.filter((piece) => !piece.includes("\n"))), { maxLength: 12 });
  const line = fc.tuple(prefix, inline).map(([start, pieces]) => start + pieces.join(""));
  return fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: maxLength }))
    .map(([lines, length]) => {
      const block = `${lines.join("\n")}\n`;
      return block.repeat(Math.max(1, Math.floor(length / block.length))).slice(0, maxLength);
    });
}
