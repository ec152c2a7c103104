import "server-only";

import { DomainError } from "../../../shared/errors";
import { plainTextNoteHtml } from "./plain-text-note-html";
import { renderNote } from "./render-note";

/**
 * The HTML to show for a stored note, whatever it holds: rendered markdown, or
 * the escaped text when the note is over the limits (stored before they
 * existed) or the renderer fails. Reading a note never errors because of it.
 */
export function renderNoteOrPlainText(markdown: string): string {
  try {
    return renderNote(markdown);
  } catch (error) {
    if (!(error instanceof DomainError)) console.error("Note rendered as plain text:", error);
    return plainTextNoteHtml(markdown);
  }
}
