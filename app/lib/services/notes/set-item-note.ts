import { z } from "zod";
import { db } from "../../db/client";
import { idSchema } from "../ids";
import { findLiveItem } from "../progress/find-live-item";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";

export const MAX_NOTE_LENGTH = 10_000;

export const setItemNoteInput = z.object({
  itemId: idSchema,
  note: z
    .string()
    .max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`)
    .nullish()
    .transform((note) => (note && note.trim() !== "" ? note : null)),
});

/** Writes the viewer's note on an item; an empty note deletes it. Returns the stored note. */
export async function setItemNote(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ itemId: string; note: string | null }> {
  const { userId } = requireScope(viewer, "WRITE_PROGRESS");
  const { itemId, note } = validate(setItemNoteInput, input);
  await findLiveItem(db(), itemId);
  if (note === null) {
    await db().note.deleteMany({ where: { userId, itemId } });
  } else {
    await db().note.upsert({
      where: { userId_itemId: { userId, itemId } },
      create: { userId, itemId, body: note },
      update: { body: note },
    });
  }
  return { itemId, note };
}
