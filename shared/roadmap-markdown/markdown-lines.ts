import type { ItemStatus } from "../../server/db/generated/enums";

/*
 * The block structure of a checklist, one line at a time: every function here
 * looks at one line (or its first characters) once, without regular expressions
 * that could backtrack, so reading a file is linear in its length.
 */

/** Lines of a file written on any system: CRLF, LF or CR, with a byte-order mark dropped. */
export function splitLines(markdown: string): string[] {
  const text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  return text.split(/\r\n|\r|\n/);
}

export interface Indentation {
  /** Columns of leading whitespace, tabs advancing to the next multiple of 4 (CommonMark's tab stops). */
  columns: number;
  /** Index of the first other character (line.length on a blank line). */
  offset: number;
}

export function indentationOf(line: string, from = 0, startColumn = 0): Indentation {
  let columns = startColumn;
  let offset = from;
  for (; offset < line.length; offset += 1) {
    const char = line[offset];
    if (char === " ") columns += 1;
    else if (char === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return { columns: columns - startColumn, offset };
}

export function isBlank(line: string): boolean {
  return indentationOf(line).offset === line.length;
}

export interface ListMarker {
  /** `-`, `*`, `+`, or the delimiter of an ordered item (`.` or `)`). */
  bullet: string;
  /** Column where the item's content starts: lines indented this far belong to it. */
  contentColumn: number;
  /** Index in the line where the item's text starts. */
  textOffset: number;
}

/** `- text`, `* text`, `+ text`, `1. text` or `1) text` at `offset` (after `indent` columns). */
export function listMarkerAt(line: string, offset: number, indent: number): ListMarker | null {
  let end = offset;
  const first = line[offset];
  if (first === "-" || first === "*" || first === "+") end += 1;
  else {
    while (end < line.length && end - offset < 9 && line[end]! >= "0" && line[end]! <= "9") end += 1;
    if (end === offset || (line[end] !== "." && line[end] !== ")")) return null;
    end += 1;
  }
  const markerColumns = indent + (end - offset);
  if (end === line.length) return { bullet: line[end - 1]!, contentColumn: markerColumns + 1, textOffset: end };
  if (line[end] !== " " && line[end] !== "\t") return null;
  const gap = indentationOf(line, end, markerColumns);
  // Five or more spaces after the marker: the content starts after one (the rest is indented code).
  const contentColumn = gap.offset === line.length || gap.columns > 4 ? markerColumns + 1 : markerColumns + gap.columns;
  return { bullet: line[end - 1]!, contentColumn, textOffset: gap.offset };
}

const MARKS: Record<string, ItemStatus> = {
  " ": "NOT_STARTED",
  x: "DONE",
  X: "DONE",
  "/": "IN_PROGRESS",
  "-": "SKIPPED",
};

/** A task's checkbox at the start of a list item's text: `[ ]`, `[x]`, `[X]`, `[/]` or `[-]`, then a space. */
export function taskBoxAt(line: string, offset: number): { mark: ItemStatus; textOffset: number } | null {
  if (line[offset] !== "[" || line[offset + 2] !== "]") return null;
  const mark = MARKS[line[offset + 1]!];
  if (!mark) return null;
  const after = offset + 3;
  if (after < line.length && line[after] !== " " && line[after] !== "\t") return null;
  return { mark, textOffset: indentationOf(line, after).offset };
}

/** `# Title` to `###### Title` (at most three spaces in front), closing hashes removed. */
export function atxHeadingAt(line: string, offset: number): { level: number; text: string } | null {
  let end = offset;
  while (end < line.length && line[end] === "#") end += 1;
  const level = end - offset;
  if (level === 0 || level > 6) return null;
  if (end < line.length && line[end] !== " " && line[end] !== "\t") return null;
  let text = line.slice(end).trim();
  // A closing sequence of hashes, preceded by a space (or alone), is not part of the title.
  let hashes = text.length;
  while (hashes > 0 && text[hashes - 1] === "#") hashes -= 1;
  if (hashes < text.length && (hashes === 0 || text[hashes - 1] === " " || text[hashes - 1] === "\t")) {
    text = text.slice(0, hashes).trim();
  }
  return { level, text };
}

/** A `===` or `---` line under a paragraph's line makes it a heading (level 1 or 2). */
export function setextLevel(line: string): 1 | 2 | null {
  const { columns, offset } = indentationOf(line);
  if (columns > 3 || offset === line.length) return null;
  const char = line[offset];
  if (char !== "=" && char !== "-") return null;
  let end = offset;
  while (end < line.length && line[end] === char) end += 1;
  if (indentationOf(line, end).offset !== line.length) return null;
  return char === "=" ? 1 : 2;
}

/** `---`, `***` or `___` (three or more, spaces allowed between): a horizontal rule. */
export function isThematicBreakAt(line: string, offset: number): boolean {
  const char = line[offset];
  if (char !== "-" && char !== "*" && char !== "_") return false;
  let count = 0;
  for (let index = offset; index < line.length; index += 1) {
    const current = line[index];
    if (current === char) count += 1;
    else if (current !== " " && current !== "\t") return false;
  }
  return count >= 3;
}

export interface Fence {
  char: string;
  length: number;
}

/** ``` or ~~~ (three or more) opening a code block, whose lines are never structure. */
export function fenceAt(line: string, offset: number): Fence | null {
  const char = line[offset];
  if (char !== "`" && char !== "~") return null;
  let end = offset;
  while (end < line.length && line[end] === char) end += 1;
  if (end - offset < 3) return null;
  // An info string after backticks may not contain a backtick (it would be inline code).
  if (char === "`" && line.indexOf("`", end) !== -1) return null;
  return { char, length: end - offset };
}

export function closesFence(line: string, fence: Fence): boolean {
  const { offset } = indentationOf(line);
  let end = offset;
  while (end < line.length && line[end] === fence.char) end += 1;
  return end - offset >= fence.length && indentationOf(line, end).offset === line.length;
}

/** `[label]: destination`, a link reference definition (its label, destination and the rest). */
export function referenceDefinitionAt(line: string, offset: number): { label: string; href: string } | null {
  if (line[offset] !== "[") return null;
  const close = line.indexOf("]:", offset + 1);
  if (close === -1) return null;
  const label = line.slice(offset + 1, close);
  if (!label.trim() || label.includes("[") || (label.includes("]") && !label.includes("\\]"))) return null;
  const rest = line.slice(close + 2).trim();
  if (!rest) return null;
  const href =
    rest.startsWith("<") && rest.indexOf(">") > 0 ? rest.slice(1, rest.indexOf(">")) : rest.split(/[ \t]/, 1)[0]!;
  return href ? { label, href } : null;
}
