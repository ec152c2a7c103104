/** A key comment already on a line: such a line is left as it is (one pin per item). */
const HAS_KEY_COMMENT = /<!--\s*key\s*:/i;

/**
 * The markdown with `<!-- key: … -->` at the end of each given line (1-based;
 * trailing spaces before it dropped), every other character as it was, line
 * breaks (CRLF, LF or CR) included. A line that already pins a key keeps it.
 * Linear in the markdown.
 */
export function pinKeysOnLines(markdown: string, pins: ReadonlyMap<number, string>): string {
  if (pins.size === 0) return markdown;
  // split with a capture keeps the line breaks at the odd indexes: line n is at index 2(n-1).
  const parts = markdown.split(/(\r\n|\r|\n)/);
  for (const [line, key] of pins) {
    const index = 2 * (line - 1);
    const text = parts[index];
    if (text !== undefined && !HAS_KEY_COMMENT.test(text)) parts[index] = `${text.trimEnd()} <!-- key: ${key} -->`;
  }
  return parts.join("");
}
