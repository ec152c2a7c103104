import "server-only";

/**
 * Finds a table that would render more than `maxCells` cells, from the raw
 * markdown, before it is parsed: markdown-it pads every body row to the
 * header's width (up to 65,536 padded cells per table), so a wide header over
 * thousands of one-character lines costs time and memory in the parser itself,
 * before its tokens could be counted. Over-counts rather than misses: a table
 * is any line under a line with a `|` made only of `|`, `:`, `-` and spaces
 * (after quote markers), and its rows run to the next blank line. Linear in the
 * note's length. Returns the 1-based line of the table's header, or null.
 */
export function findOversizedTable(markdown: string, maxCells: number): number | null {
  const lines = markdown.split(/\r\n|\r|\n/);
  let cells = 0;
  for (let index = 1; index < lines.length; index++) {
    const columns = delimiterRowColumns(withoutQuoteMarkers(lines[index]!));
    if (columns === 0 || !lines[index - 1]!.includes("|")) continue;
    let end = index + 1;
    while (end < lines.length && withoutQuoteMarkers(lines[end]!) !== "") end++;
    // The header row, then every row up to the blank line.
    cells += columns * (end - index);
    if (cells > maxCells) return index;
    index = end;
  }
  return null;
}

/** The line without leading whitespace and blockquote markers. */
function withoutQuoteMarkers(line: string): string {
  let start = 0;
  while (start < line.length && " \t>".includes(line[start]!)) start++;
  return line.slice(start).trimEnd();
}

/**
 * The number of columns when the line can be a GFM delimiter row (`|:--|--:|`),
 * else 0. A loop rather than a regular expression, whose backtracking on long
 * runs of dashes would be quadratic.
 */
function delimiterRowColumns(line: string): number {
  let columns = 0;
  let cellHasDash = false;
  for (const char of line) {
    if (char === "|") {
      if (cellHasDash) columns++;
      cellHasDash = false;
    } else if (char === "-") {
      cellHasDash = true;
    } else if (char !== ":" && char !== " " && char !== "\t") {
      return 0;
    }
  }
  return cellHasDash ? columns + 1 : columns;
}
