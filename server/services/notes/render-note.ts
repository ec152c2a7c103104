import "server-only";

import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { checkNoteLimits } from "./check-note-limits";
import { noteTokensToHast } from "./note-tokens-to-hast";

// GitHub's allow-list, as before. The converter already prefixes the ids it makes
// (footnotes) with "user-content-", links included; a second prefix from the
// sanitiser would leave footnote links pointing at ids that do not exist.
const schema: Schema = { ...defaultSchema, clobberPrefix: "" };

/**
 * A learner's markdown note as HTML that is safe to insert into the page: raw
 * HTML in the note is dropped and the result is sanitised with GitHub's
 * allow-list (hast-util-sanitize), so no script, handler or `javascript:` URL
 * survives. Throws BAD_USER_INPUT when the note exceeds NOTE_LIMITS, which is
 * what bounds the time and memory of rendering it.
 */
export function renderNote(markdown: string): string {
  return toHtml(sanitize(noteTokensToHast(checkNoteLimits(markdown)), schema));
}
