import "server-only";

/**
 * What a note may contain, beyond its length. Every number bounds a cost of
 * rendering that the length alone does not: the renderer (markdown-it, then a
 * hast tree sanitised and serialised) is linear in the tokens it produces and in
 * the HTML it writes, so capping those caps its time and memory. The values
 * leave ordinary notes far from every limit; `npm run bench:notes` measures the
 * worst accepted note of each pathological family against them.
 *
 * No limit on runs of `*`, `_`, `[` or backticks: markdown-it handles them in
 * linear time (10,000 of them take 1-20 ms), so such a limit would only refuse
 * harmless text such as a `***` rule or `____` blanks to fill in.
 */
export const NOTE_LIMITS = {
  /** Characters of markdown (checked by the input schema). */
  length: 10_000,
  /**
   * Quotes and lists inside one another. Real notes nest two or three deep;
   * thousands of `>` or `- ` on one line are what overflowed the old renderer's
   * stack.
   */
  containerDepth: 8,
  /** Emphasis, strikethrough, links and images inside one another. */
  inlineDepth: 8,
  /**
   * Table cells, counted as rendered: GFM pads every row to the header's width,
   * so a wide header over many short lines multiplies the output.
   */
  tableCells: 1_000,
  /**
   * Footnote references: each renders a link, and a link back in the footnotes
   * with its own label (about 250 characters of HTML from 4 of markdown).
   */
  footnoteReferences: 100,
  /** Tokens of the parsed note: paragraphs, list items, links, emphasis, text runs, breaks... */
  tokens: 6_000,
  /**
   * Characters of text and attributes in the rendered HTML. A reference link
   * copies its target at every use, so a short note can name a long URL many times.
   */
  htmlChars: 100_000,
} as const;
