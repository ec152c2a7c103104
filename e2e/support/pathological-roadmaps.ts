import fc from "fast-check";
import { PATHOLOGICAL_NOTES, pathologicalNote } from "./pathological-notes";

/** `unit` repeated to at most `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.max(1, Math.floor(length / unit.length)));

/** Lines built by `line(i)` until the next one would pass `length`. */
function lines(length: number, line: (index: number) => string): string {
  const out: string[] = [];
  let total = 0;
  for (let index = 0; ; index++) {
    const next = line(index);
    if (total + next.length + 1 > length) return out.join("\n");
    out.push(next);
    total += next.length + 1;
  }
}

const HEAD = "# Roadmap\n\n## Section\n\n";

/**
 * Roadmap files built to be expensive for the importer, each as long as asked
 * (in characters; the importer's limit is in bytes): every pathological note
 * family as an item's text, on item lines and as a file of its own, and the
 * families of a line-based reader (indentation staircases, runs of items and
 * sections, endless lazy lines, overlong lines, duplicate keys, unclosed
 * fences and comments). Shared by `npm run bench:import` and the property test.
 */
export const PATHOLOGICAL_ROADMAPS: Record<string, (length: number) => string> = {
  ...Object.fromEntries(
    Object.entries(PATHOLOGICAL_NOTES).flatMap(([name, note]) => [
      [`as a file: ${name}`, (n: number) => HEAD + note(n - HEAD.length)],
      // Cut into item lines of at most 3,000 characters (under the line limit).
      [
        `on item lines: ${name}`,
        (n: number) =>
          HEAD +
          lines(
            n - HEAD.length,
            (i) =>
              `- [ ] ${i} ${note(3000)
                .replace(/[\r\n]/g, " ")
                .slice(0, 3000)}`,
          ),
      ],
    ]),
  ),
  "items: flat": (n) => HEAD + lines(n - HEAD.length, (i) => `- [ ] item ${i}`),
  "items: same title (every key collides)": (n) => HEAD + lines(n - HEAD.length, () => "- [ ] same"),
  "items: indentation staircase": (n) => HEAD + lines(n - HEAD.length, (i) => `${" ".repeat(i * 2)}- [ ] a${i}`),
  "items: 8 deep, then back, repeatedly": (n) =>
    HEAD + lines(n - HEAD.length, (i) => `${"  ".repeat(i % 8)}- [ ] a${i}`),
  "items: tab staircase": (n) => HEAD + lines(n - HEAD.length, (i) => `${"\t".repeat(i % 2000)}- [ ] a${i}`),
  "items: one with endless lazy lines": (n) => `${HEAD}- [ ] a\n${fill("b\n", n - HEAD.length - 8)}`,
  "items: glued checkboxes": (n) => HEAD + fill("-[ ] a\n", n - HEAD.length),
  "items: at the line limit": (n) => HEAD + lines(n - HEAD.length, () => `- [ ] ${"a ".repeat(1995)}`),
  "items: over the line limit": (n) => HEAD + lines(n - HEAD.length, () => `- [ ] ${"a".repeat(5000)}`),
  "items: one line of the whole file": (n) => `${HEAD}- [ ] ${"a".repeat(n - HEAD.length - 6)}`,
  "resources: many per item": (n) =>
    `${HEAD}- [ ] a\n` + lines(n - HEAD.length - 8, (i) => `  - video: [v${i}](https://example.com/${i})`),
  "resources: bare links on a line": (n) =>
    HEAD + lines(n - HEAD.length, () => `- [ ] ${"https://e.com/( ".repeat(180)}`),
  "sections: flat": (n) => "# R\n" + fill("## s\n- [ ] a\n", n - 4),
  "sections: setext": (n) => "# R\n" + fill("s\n-\n- [ ] a\n", n - 4),
  "sections: heading staircase": (n) => "# R\n" + lines(n - 4, (i) => `${"#".repeat(2 + (i % 5))} h${i}`),
  "description: many paragraphs": (n) => "# R\n\n" + fill("words [l](https://e.com)\n\n", n - 30) + "## S\n- [ ] a\n",
  "fences: unclosed": (n) => HEAD + fill("```\n- [ ] a\n", n - HEAD.length),
  "comments: unclosed": (n) => HEAD + fill("<!--\n- [ ] a\n", n - HEAD.length),
  "keys: comment on every line": (n) => HEAD + lines(n - HEAD.length, (i) => `- [ ] a <!-- key: k${i} --> <!-- x -->`),
  "references: many definitions": (n) =>
    HEAD + "- [ ] [a]\n" + lines(n - HEAD.length - 10, (i) => `[r${i}]: https://e.com/${i}`),
  "blank: lines of spaces": (n) => HEAD + fill(" ".repeat(200) + "\n", n - HEAD.length),
};

/** Random pieces of markdown after a valid head: the note fuzzer's pieces, plus checklist ones. */
export function pathologicalRoadmap(maxLength: number): fc.Arbitrary<string> {
  const checklist = fc
    .array(
      fc.constantFrom(
        "- [ ] ",
        "- [x] ",
        "  - [ ] ",
        "\t- [/] ",
        "* [-] ",
        "1. [ ] ",
        "  - official: ",
        "[@video@",
        "<!-- key: k -->",
        "## ",
        "\n",
        "\n\n",
        "```\n",
        "<!--\n",
        "-->\n",
        "[r]: https://e.com\n",
        "https://e.com/(",
      ),
      { minLength: 1, maxLength: 20 },
    )
    .map((pieces) => pieces.join(""));
  return fc
    .tuple(pathologicalNote(maxLength), checklist, fc.integer({ min: 1, max: maxLength }))
    .map(([note, pieces, length]) => {
      const unit = `${pieces}${note.slice(0, 200)}`;
      return (HEAD + unit.repeat(Math.max(1, Math.floor(length / unit.length)))).slice(0, maxLength);
    });
}
