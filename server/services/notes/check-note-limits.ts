import "server-only";

import type { Token } from "markdown-it";
import { BadInputError } from "../../../shared/errors";
import { findNoteLimitProblem } from "./find-note-limit-problem";
import { findOversizedTable } from "./find-oversized-table";
import { NOTE_LIMITS } from "./note-limits";
import { parseNoteMarkdown } from "./parse-note-markdown";

/**
 * Parses a note and checks it against NOTE_LIMITS, returning its tokens, or
 * throws BAD_USER_INPUT saying which limit and where. Each step is linear in what
 * the previous one allowed: the length bounds the table pre-scan and the parse;
 * the parse's tokens are counted before anything renders them.
 */
export function checkNoteLimits(markdown: string): Token[] {
  if (markdown.length > NOTE_LIMITS.length) {
    throw noteError(`Notes may be at most ${NOTE_LIMITS.length.toLocaleString("en-US")} characters long.`);
  }
  const tableLine = findOversizedTable(markdown, NOTE_LIMITS.tableCells);
  if (tableLine !== null) {
    throw noteError(
      `Notes may have at most ${NOTE_LIMITS.tableCells.toLocaleString("en-US")} table cells (line ${tableLine}).`,
    );
  }
  const tokens = parseNoteMarkdown(markdown);
  const problem = findNoteLimitProblem(tokens);
  if (problem) throw noteError(problem);
  return tokens;
}

// Shaped like the input schema's errors: the message, and `fields` naming the input.
const noteError = (message: string) => new BadInputError(message, { fields: { note: message } });
