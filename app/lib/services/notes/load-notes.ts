import "server-only";

import { db } from "../../db/client";
import { requireScope, type MaybeViewer } from "../viewer";
import { renderNoteOrPlainText } from "./render-note-or-plain-text";

/** A stored note: the learner's markdown and the HTML to show for it. */
export interface StoredNote {
  body: string;
  html: string;
}

/**
 * The viewer's notes on the items of several roadmaps, keyed by item id, in one
 * statement. Notes stored before the html column (html null) are rendered here,
 * as escaped text if they break the limits, and their HTML stored in one more
 * statement, once: the migration stays a cheap ADD COLUMN, with no backfill job.
 */
export async function loadNotes(viewer: MaybeViewer, roadmapIds: readonly string[]): Promise<Map<string, StoredNote>> {
  if (!viewer) return new Map();
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const rows = await db().note.findMany({
    where: { userId, item: { roadmapId: { in: [...roadmapIds] } } },
    select: { id: true, itemId: true, body: true, html: true },
  });
  const notes = new Map<string, StoredNote>();
  const rendered: { id: string; body: string; html: string }[] = [];
  for (const row of rows) {
    const html = row.html ?? renderNoteOrPlainText(row.body);
    if (row.html === null) rendered.push({ id: row.id, body: row.body, html });
    notes.set(row.itemId, { body: row.body, html });
  }
  await storeRenderedNotes(rendered);
  return notes;
}

/**
 * Stores HTML rendered on read, in one statement whatever the number of notes,
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
