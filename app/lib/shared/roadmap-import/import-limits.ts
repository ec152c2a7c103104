/**
 * What one roadmap file may hold. Each number bounds a cost of reading or storing
 * it that the file's size alone would not bound tightly enough: the parser is
 * linear in the bytes (checked first, before anything else is read), each
 * line's inline markdown is parsed once and is at most `lineChars` long, and
 * the counts bound the rows a save writes. The values leave real roadmaps far
 * from every limit (the Backend roadmap: 188 lines, 44 items, 106 links);
 * `npm run bench:import` measures the worst case of every pathological family
 * against them.
 */
export const IMPORT_LIMITS = {
  /** UTF-8 bytes of markdown. */
  markdownBytes: 1_000_000,
  /**
   * `[` characters in the file: every checkbox and every link needs one. The inline
   * parser's dearest input is an unclosed `[` (about 2-3 µs each, against under
   * 0.6 µs for any other character), so this caps its worst case at about 130 ms.
   */
  brackets: 40_000,
  /** Characters on one line: a checklist line with a few links fits many times over. */
  lineChars: 4_000,
  /** Characters of the description (the prose under the title). */
  descriptionChars: 10_000,
  /** Items, nested ones included (a learner's quota per roadmap). */
  items: 5_000,
  /** Sections (`##` headings). */
  sections: 500,
  /** Resource links, the roadmap's own included. */
  resources: 20_000,
  /** Items inside items: a checklist nests two or three deep. */
  depth: 8,
  /** Characters of a title (roadmap, section, item or resource) once markup is removed. */
  titleLength: 300,
  /** Characters of an item key. */
  keyLength: 64,
  /** Problems listed for one file; the rest are counted. */
  problems: 100,
} as const;

/** UTF-8 length of a string without encoding it (the browser has no Buffer). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      // A surrogate pair: one 4-byte character.
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
