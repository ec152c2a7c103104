import { describe, expect, it } from "vitest";
import { BadInputError } from "../../../shared/errors";
import { checkNoteLimits } from "./check-note-limits";
import { NOTE_LIMITS } from "./note-limits";

/** The message checkNoteLimits refuses `note` with (and that it is BAD_USER_INPUT naming the field). */
function refusal(note: string): string {
  try {
    checkNoteLimits(note);
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    const { message, code, details } = error as BadInputError;
    expect(code).toBe("BAD_USER_INPUT");
    expect(details).toEqual({ fields: { note: message } });
    return message;
  }
  throw new Error("the note was accepted");
}

/** `depth` emphases inside one another, alternating * and _ so that none merge into strong. */
const nestedEmphasis = (depth: number) => {
  const marker = (level: number) => (level % 2 ? "_" : "*");
  const opens = Array.from({ length: depth }, (_, level) => `${marker(level)}a `).join("");
  const closes = Array.from({ length: depth }, (_, index) => ` c${marker(depth - 1 - index)}`).join("");
  return `${opens}b${closes}`;
};

/** A GFM table: header, delimiter row, then rows until `rows` rows including the header. */
const table = (columns: number, rows: number) =>
  `${"|h".repeat(columns)}|\n${"|-".repeat(columns)}|\n${`${"|c".repeat(columns)}|\n`.repeat(rows - 1)}`;

describe("checkNoteLimits", () => {
  it("accepts an ordinary note: headings, lists, tasks, quotes, code blocks, a GFM table, footnotes", () => {
    const note = [
      "# Reading list",
      "",
      "- [x] **Chapter 3**, see [the docs](https://example.com/docs)",
      "- [ ] Chapter 4",
      "  1. exercises",
      "  2. quiz",
      "",
      "> Quote, with `code` and ~~strike~~[^1].",
      "",
      "| topic | done |",
      "|:------|-----:|",
      "| SQL   | yes  |",
      "",
      "```sql",
      "> > > > > > > > > > not a quote: code is text",
      "- - - - - - - - - - not a list either",
      "```",
      "",
      "[^1]: A footnote.",
    ].join("\n");
    expect(checkNoteLimits(note).length).toBeGreaterThan(0);
  });

  it("accepts quotes and lists nested exactly to the limit, and refuses one level more with its line", () => {
    expect(() => checkNoteLimits(`${"> ".repeat(NOTE_LIMITS.containerDepth)}a`)).not.toThrow();
    expect(() => checkNoteLimits(`${"- ".repeat(NOTE_LIMITS.containerDepth)}a`)).not.toThrow();
    expect(refusal(`intro\n\n${"> ".repeat(9)}a`)).toBe("Notes may nest quotes and lists at most 8 deep (line 3).");
    expect(refusal(`${"- ".repeat(9)}a`)).toBe("Notes may nest quotes and lists at most 8 deep (line 1).");
    expect(refusal(`${"1. ".repeat(9)}a`)).toBe("Notes may nest quotes and lists at most 8 deep (line 1).");
  });

  it("refuses the attack's deep quotes and lists at the length limit, quickly and with a line", () => {
    expect(refusal(">".repeat(9_999) + "a")).toContain("at most 8 deep (line 1)");
    expect(refusal("- ".repeat(4_999) + "a")).toContain("at most 8 deep (line 1)");
    expect(refusal("> - ".repeat(2_499) + "a")).toContain("at most 8 deep (line 1)");
  });

  it("counts nesting that comes from indentation, across lines", () => {
    const staircase = Array.from({ length: 12 }, (_, level) => `${"  ".repeat(level)}- item ${level}`).join("\n");
    expect(refusal(staircase)).toBe("Notes may nest quotes and lists at most 8 deep (line 9).");
  });

  it("reads CRLF and CR line ends like LF, for nesting and for line numbers", () => {
    expect(refusal(`a\r\n\r\n${"> ".repeat(9)}a`)).toBe("Notes may nest quotes and lists at most 8 deep (line 3).");
    expect(refusal(`a\r\r${"- ".repeat(9)}a`)).toBe("Notes may nest quotes and lists at most 8 deep (line 3).");
    expect(() => checkNoteLimits(table(10, 100).replaceAll("\n", "\r\n"))).not.toThrow();
  });

  it("accepts emphasis nested to the limit and refuses one level more", () => {
    expect(() => checkNoteLimits(nestedEmphasis(8))).not.toThrow();
    expect(refusal(`x\n${nestedEmphasis(9)}`)).toBe(
      "Notes may nest emphasis, strikethrough, links and images at most 8 deep (line 1).",
    );
    expect(refusal(`${"![".repeat(20)}a${"](b)".repeat(20)}`)).toContain("at most 8 deep");
  });

  it("refuses long emphasis runs that multiply elements, and accepts runs that render as text", () => {
    // 5,000 intraword emphases: 10,000 characters, over 6,000 elements.
    expect(refusal("a*".repeat(5_000))).toMatch(/^Notes may have at most 6,000 markdown elements .* at line 1\.$/);
    expect(refusal("*_".repeat(5_000))).toContain("at most 6,000 markdown elements");
    // A run of one delimiter is a single text run (or a rule): linear to parse, nothing to refuse.
    expect(() => checkNoteLimits("*".repeat(NOTE_LIMITS.length))).not.toThrow();
    expect(() => checkNoteLimits("`".repeat(NOTE_LIMITS.length))).not.toThrow();
    expect(() => checkNoteLimits("[".repeat(NOTE_LIMITS.length))).not.toThrow();
  });

  it("accepts tables up to 1,000 cells and refuses bigger ones at their header, padded rows included", () => {
    expect(() => checkNoteLimits(table(10, 100))).not.toThrow();
    expect(refusal(`intro\n\n${table(10, 101)}`)).toBe("Notes may have at most 1,000 table cells (line 3).");
    // Rows are padded to the header's width: 200 columns over 40 one-letter lines is 8,200 cells.
    expect(refusal(`${"|a".repeat(200)}|\n${"|-".repeat(200)}|\n${"a\n".repeat(40)}`)).toBe(
      "Notes may have at most 1,000 table cells (line 1).",
    );
    expect(refusal(`> ${"|a".repeat(40)}|\n> ${"|-".repeat(40)}|\n${"> a\n".repeat(60)}`)).toContain(
      "1,000 table cells (line 1)",
    );
  });

  it("accepts 100 footnote references and refuses the 101st", () => {
    expect(() => checkNoteLimits(`${"x[^a] ".repeat(100)}\n\n[^a]: b`)).not.toThrow();
    expect(refusal(`${"x[^a] ".repeat(101)}\n\n[^a]: b`)).toBe(
      "Notes may have at most 100 footnote references (line 1).",
    );
  });

  it("refuses a reference link whose long target is repeated into too much HTML", () => {
    const note = `[a]: https://example.com/${"x".repeat(4_000)}\n\n${"[a] ".repeat(1_400)}`;
    expect(refusal(note)).toMatch(
      /^Notes may render to at most 100,000 characters of HTML; this one passes that at line 3/,
    );
  });

  it("refuses notes over the length limit before parsing them", () => {
    expect(() => checkNoteLimits("a".repeat(NOTE_LIMITS.length))).not.toThrow();
    expect(refusal("a".repeat(NOTE_LIMITS.length + 1))).toBe("Notes may be at most 10,000 characters long.");
  });
});
