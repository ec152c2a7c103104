import { db } from "../../db/client";
import { requireScope, type MaybeViewer } from "../viewer";

/** The viewer's notes on the items of several roadmaps, keyed by item id (one statement). */
export async function loadNotes(viewer: MaybeViewer, roadmapIds: readonly string[]): Promise<Map<string, string>> {
  if (!viewer) return new Map();
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const rows = await db().note.findMany({
    where: { userId, item: { roadmapId: { in: [...roadmapIds] } } },
    select: { itemId: true, body: true },
  });
  return new Map(rows.map((row) => [row.itemId, row.body]));
}
