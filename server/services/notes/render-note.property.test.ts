import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestedLinesNote, PATHOLOGICAL_NOTES, pathologicalNote } from "@/e2e/support/pathological-notes";
import { BadInputError } from "../../../shared/errors";
import { NOTE_LIMITS } from "./note-limits";
import { renderNote } from "./render-note";
import { renderNoteOrPlainText } from "./render-note-or-plain-text";

// Every refusal names a limit, and a line where the note has lines to point at.
const CLEAR_MESSAGE = /^Notes may (?:nest|have|render|be) .*(?:\(line \d+\)|at line \d+|characters long)/;
// Only a sanity guard against a hang: speed is measured by `npm run bench:notes`, not asserted.
const SANITY_MS = 2_000;
// A few seconds on an idle machine; the margin is for a machine busy with other work.
const TEST_TIMEOUT_MS = 30_000;

/**
 * The write path on hostile input (renderNote is what setItemNote calls): each
 * note either renders to sanitised HTML or is refused with a clear
 * BAD_USER_INPUT, never another error; a refused note, if stored anyway, still
 * shows on the read path.
 */
function writeThenRead(note: string) {
  const start = performance.now();
  let html: string;
  try {
    html = renderNote(note);
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as Error).message).toMatch(CLEAR_MESSAGE);
    html = renderNoteOrPlainText(note);
  }
  expect(performance.now() - start).toBeLessThan(SANITY_MS);
  expect(typeof html).toBe("string");
  expect(html).not.toMatch(/<script|<iframe|<style|\son\w+=|javascript:/i);
}

describe("rendering hostile notes", () => {
  it(
    "refuses or renders each pathological family at the length limit",
    () => {
      for (const make of Object.values(PATHOLOGICAL_NOTES)) writeThenRead(make(NOTE_LIMITS.length));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "refuses or renders random runs of markdown syntax, up to the length limit",
    () => {
      fc.assert(fc.property(pathologicalNote(NOTE_LIMITS.length), writeThenRead), { numRuns: 40 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "refuses or renders random nestings of quotes and lists, up to the length limit",
    () => {
      fc.assert(fc.property(nestedLinesNote(NOTE_LIMITS.length), writeThenRead), { numRuns: 40 });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "shows any stored text, even past every limit, as escaped text when it cannot render",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 1_000 }), (text) => {
          const over = `${"> ".repeat(20)}${text}`;
          const html = renderNoteOrPlainText(over);
          expect(html).not.toMatch(/<(?!\/?(?:p|br)>)/);
        }),
        { numRuns: 30 },
      );
      expect(renderNoteOrPlainText(`${"- ".repeat(6_000)}<script>x</script>`)).toBe(
        `<p>${"- ".repeat(6_000)}&#x3C;script>x&#x3C;/script></p>`,
      );
    },
    TEST_TIMEOUT_MS,
  );
});
