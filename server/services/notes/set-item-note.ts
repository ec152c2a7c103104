import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { idSchema } from "../ids";
import { notFoundIfGone } from "../not-found-if-gone";
import { getLiveItemOrThrow } from "../roadmaps/content/get-live-item-or-throw";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { NOTE_LIMITS } from "./note-limits";
import { renderNote } from "./render-note";

export const MAX_NOTE_LENGTH = NOTE_LIMITS.length;

export const setItemNoteInput = z.object({
  itemId: idSchema,
  note: z
    .string()
    .max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`)
    .nullish()
    .transform((note) => (note && note.trim() !== "" ? note : null)),
});

/**
 * Writes the viewer's note on an item, with its HTML, so that reads never
 * render; an empty note deletes it. A note over NOTE_LIMITS is refused with
 * BAD_USER_INPUT saying which limit and on which line. Returns the stored note.
 */
export async function setItemNote(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ itemId: string; note: string | null }> {
  const { userId } = requireScope(viewer, "WRITE_PROGRESS");
  const { itemId, note } = validate(setItemNoteInput, input);
  // Rendered before any query: a refused note costs no database work.
  const html = note === null ? null : renderNote(note);
  await getLiveItemOrThrow(db(), viewer, itemId);
  if (note === null) {
    await db().note.deleteMany({ where: { userId, itemId } });
  } else {
    await notFoundIfGone(`Item ${itemId}`, () =>
      db().note.upsert({
        where: { userId_itemId: { userId, itemId } },
        create: { userId, itemId, body: note, html },
        update: { body: note, html },
      }),
    );
  }
  return { itemId, note };
}
