import "server-only";

import { loadRoadmapContentsIn, type ItemNode, type RoadmapContent } from "../roadmaps/content/roadmap-content";
import type { MaybeViewer } from "../viewer";
import { inProgressItemIds } from "./followed-roadmaps";

export interface InProgressItem {
  item: ItemNode;
  sectionTitle: string;
  roadmap: RoadmapContent["roadmap"];
}

/**
 * The items the viewer has in progress, most recently changed first, with their
 * section and roadmap: the dashboard's "continue" list and the API's
 * `viewer.inProgressItems`. One statement, plus the cached roadmap content.
 */
export async function inProgressItems(
  viewer: MaybeViewer,
  first: number,
  /** Titles in this language where a roadmap has a translation into it (the page's or the request's); null: as written. */
  language: string | null = null,
): Promise<InProgressItem[]> {
  const rows = await inProgressItemIds(viewer, first);
  const contents = await loadRoadmapContentsIn(viewer, [...new Set(rows.map((row) => row.roadmapId))], language);
  const contentById = new Map(contents.flatMap((content) => (content ? [[content.roadmap.id, content] as const] : [])));
  return rows.flatMap(({ itemId, roadmapId }) => {
    const content = contentById.get(roadmapId);
    const item = content?.itemById.get(itemId);
    if (!content || !item) return [];
    const section = content.sections.find((candidate) => candidate.id === item.sectionId);
    return [{ item, sectionTitle: section?.title ?? "", roadmap: content.roadmap }];
  });
}
