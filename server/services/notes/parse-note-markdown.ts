import "server-only";

import MarkdownIt, { type Token } from "markdown-it";
import markdownItFootnote from "markdown-it-footnote";

/**
 * markdown-it rather than remark: measured on generated worst cases at the
 * 10,000-character limit (`npm run bench:notes`), micromark (remark's parser)
 * is superlinear on plain constructs (2,500 setext headings took 1.2 s,
 * `*_` runs 0.5 s, 2,500 flat list items 0.2 s) and recursive on nesting (stack
 * overflow), while markdown-it parses every family in linear time and caps
 * nesting itself. It does CommonMark plus the GFM tables, strikethrough and
 * autolinks; footnotes come from its own project's plugin and task lists from
 * `note-tokens-to-hast.ts`.
 */
const parser = new MarkdownIt("default", {
  // Raw HTML is recognised as HTML so that it is dropped whole (as remark did), not shown as text.
  html: true,
  linkify: true,
  typographer: false,
  // Above anything NOTE_LIMITS accepts (8 containers in a footnote written inside 8 more, with a
  // table: under 40 levels), so an accepted note is never cut short; low enough that thousands
  // of `>` stop nesting here, and the limit check, counting 9 containers, refuses the note.
  maxNesting: 64,
}).use(markdownItFootnote);

// GFM links bare www. addresses, which linkify-it treats as fuzzy links; the other fuzzy
// links it finds (example.com) are turned back into text when converting to hast.
parser.linkify.set({ fuzzyLink: true, fuzzyEmail: true });

// Every URL is judged by the sanitiser's protocol allow-list, as before; markdown-it's
// own filter would print a refused link's markdown, `javascript:` and all, as text.
parser.validateLink = () => true;

/** A note's markdown as markdown-it's token stream (linear time; nesting capped). */
export function parseNoteMarkdown(markdown: string): Token[] {
  return parser.parse(markdown, {});
}
