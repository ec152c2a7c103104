import "server-only";

import { db } from "../../db/client";

/** A stored note: the learner's markdown and the HTML to show for it. */
export interface StoredNote {
  body: string;
  html: string;
}

/**
 * Stores HTML rendered on read (notes stored before the html column, rendered
 * by loadItemStates: the migration stayed a cheap ADD COLUMN, with no backfill job), in one statement whatever the number of notes,
 * and only where the row still has that body and no HTML (a write in between
 * stored its own). Raw SQL because Prisma's update would also move updatedAt,
 * which is the learner's last edit. A failure is only logged: the next read
 * renders again.
 */
export async function storeRenderedNotes(rendered: readonly { id: string; body: string; html: string }[]) {
  if (rendered.length === 0) return;
  try {
    await db().$executeRaw`
      UPDATE "Note" AS note SET "html" = stored."html"
      FROM unnest(
        ${rendered.map((note) => note.id)}::text[],
        ${rendered.map((note) => note.body)}::text[],
        ${rendered.map((note) => note.html)}::text[]
      ) AS stored("id", "body", "html")
      WHERE note."id" = stored."id" AND note."body" = stored."body" AND note."html" IS NULL`;
  } catch (error) {
    console.error("Could not store rendered notes:", error);
  }
}
