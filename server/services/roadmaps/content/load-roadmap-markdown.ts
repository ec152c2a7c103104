import "server-only";

import { db } from "../../../db/client";
import { writeRoadmapMarkdown } from "../../../../shared/roadmap-markdown/write-roadmap-markdown";
import type { MaybeViewer } from "../../viewer";
import { visibleRoadmapWhere } from "../visibility/roadmap-access";
import { loadRoadmapContents } from "./roadmap-content";

/**
 * The checklist source of several roadmaps the viewer may see (null for the
 * others): as last saved, comments and prose included, or, for content saved
 * before sources were kept, written back from the stored items with every key
 * pinned. One statement, plus the cached content for the latter.
 */
export async function loadRoadmapMarkdown(
  viewer: MaybeViewer,
  roadmapIds: readonly string[],
): Promise<(string | null)[]> {
  const rows = await db().roadmap.findMany({
    where: { id: { in: [...roadmapIds] }, ...visibleRoadmapWhere(viewer) },
    select: { id: true, markdown: true },
  });
  const stored = new Map(rows.map((row) => [row.id, row.markdown]));
  const missing = rows.filter((row) => row.markdown === null).map((row) => row.id);
  const written = new Map<string, string>();
  if (missing.length > 0) {
    for (const content of await loadRoadmapContents(viewer, missing)) {
      if (content) {
        written.set(content.roadmap.id, writeRoadmapMarkdown({ ...content.roadmap, ...content }));
      }
    }
  }
  return roadmapIds.map((id) => stored.get(id) ?? written.get(id) ?? null);
}
