/** Where an item is, as the Skills panel needs it (use-local-problems.ts's outline). */
interface ItemAtLine {
  line: number;
}

/** A skill comment on a line, well formed or not (one per item: a suggestion replaces it). */
const SKILL_COMMENT_ON_LINE = /\s*<!--\s*skill\s*:[^>]*-->/gi;

/**
 * The markdown with the item on `line` (1-based) claiming `skill`: its skill
 * comment replaced, or `<!-- skill: … -->` added at the end of the line
 * (trailing spaces dropped), beside a key pin if it has one; every other
 * character as it was, line breaks (CRLF, LF or CR) included. A line past the
 * end leaves the markdown as it was.
 */
export function claimSkillOnLine(markdown: string, line: number, skill: string): string {
  // split with a capture keeps the line breaks at the odd indexes: line n is at index 2(n-1).
  const parts = markdown.split(/(\r\n|\r|\n)/);
  const index = 2 * (line - 1);
  const text = parts[index];
  if (text === undefined || line < 1) return markdown;
  parts[index] = `${text.replace(SKILL_COMMENT_ON_LINE, "").trimEnd()} <!-- skill: ${skill} -->`;
  return parts.join("");
}

/** The 1-based line of a character offset: the line the caret is on. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index += 1) {
    const code = text.charCodeAt(index);
    // CRLF counts once (at its LF); a lone CR is a line break of its own.
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) line += 1;
  }
  return line;
}

/** The item the caret is in: the last one starting on or before its line (its links' lines are its own). */
export function itemAtLine<Item extends ItemAtLine>(outline: readonly Item[], line: number): Item | null {
  let found: Item | null = null;
  for (const item of outline) {
    if (item.line > line) break;
    found = item;
  }
  return found;
}
