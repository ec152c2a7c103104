/**
 * What one roadmap file may hold. Each number bounds a cost of reading or storing
 * it that the file's size alone would not bound tightly enough: the parser is
 * linear in the bytes (`fileBytes`, checked first, before anything else is
 * read), each line's inline markdown is parsed once and is at most `lineChars`
 * long, and the counts bound the rows a save writes. The values leave real
 * roadmaps far from every limit (the Backend roadmap: 188 lines, 44 items, 106
 * links); `npm run bench:import` measures the worst case of every pathological
 * family against them.
 *
 * The size and the `[` count are measured on the roadmap as Waymark writes it
 * (write-roadmap-markdown.ts, writtenSize), skill claims included, without its key pins: the same for a
 * file and for its export, which pins every key. So every roadmap Waymark
 * accepts exports to a file it accepts again.
 */
export const IMPORT_LIMITS = {
  /**
   * UTF-8 bytes of the roadmap as Waymark writes it without its key pins (its
   * markdown export less the pins, the legend and the learner's progress):
   * markup the file has and the export has not (comments, prose in sections,
   * deeper indentation, pins) never counts.
   */
  markdownBytes: 1_000_000,
  /**
   * UTF-8 bytes of the file itself, the parser's bound, checked before anything
   * else. The largest export fits with room to spare: markdownBytes of roadmap,
   * a key pin of at most 207 bytes (MAX_KEY_PIN_BYTES) on each of 5,000 items
   * and a legend of at most 1,000 bytes (MAX_EXPORT_LEGEND_BYTES) make
   * 2,036,000; the rest (64,000) is for the exported notes (quotes, never read as
   * structure), which only the file's size bounds.
   */
  fileBytes: 2_100_000,
  /**
   * `[` characters that the inline parser reads: one per checkbox and per link,
   * and each `[` in text (not those in comments, quotes, code blocks or prose in
   * sections, which it never reads). The inline parser's dearest input is an
   * unclosed `[` (about 2-3 µs each, against under 0.6 µs for any other
   * character), so this caps its worst case at about 130 ms. Counted in the
   * file before the inline markdown is read, and in the roadmap as written.
   */
  brackets: 40_000,
  /** Characters on one line: a checklist line with a few links fits many times over. */
  lineChars: 4_000,
  /** Characters of the description (the prose under the title), in the file and as written back. */
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
  /** Characters of a skill name (`<!-- skill: git -->`): a short shared word, not a title. */
  skillLength: 40,
  /** Characters of a link's address (kept as written, see link-address.ts). */
  urlLength: 2_048,
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
