import "server-only";

import { loadItemStates } from "../../progress/load-item-states";
import type { MaybeViewer } from "../../viewer";
import type { ItemNode, RoadmapContent } from "./roadmap-content";

export type { ItemState, ItemView, RoadmapPageData } from "../../../../shared/roadmap-view";
import type { ItemState, ItemView, RoadmapPageData } from "../../../../shared/roadmap-view";

function toView(item: ItemNode): ItemView {
  return {
    id: item.id,
    key: item.key,
    title: item.title,
    resources: item.resources,
    children: item.children.map(toView),
  };
}

/**
 * Everything the roadmap page renders on first paint: after the content, the
 * viewer's statuses and notes in one statement (loadItemStates, the loader
 * GraphQL uses too).
 */
export async function roadmapPageData(viewer: MaybeViewer, content: RoadmapContent): Promise<RoadmapPageData> {
  const id = content.roadmap.id;
  const { progress, notes } = await loadItemStates(viewer, [id]);
  const progressOf = progress.get(id) ?? new Map();
  const states: Record<string, ItemState> = {};
  if (viewer) {
    for (const item of content.items) {
      const entry = progressOf.get(item.id);
      const note = notes.get(item.id);
      states[item.id] = {
        status: entry?.status ?? "NOT_STARTED",
        statusUpdatedAt: entry?.updatedAt.toISOString() ?? null,
        note: note?.body ?? null,
        noteHtml: note?.html ?? null,
      };
    }
  }
  return {
    roadmap: {
      id,
      slug: content.roadmap.slug,
      title: content.roadmap.title,
      description: content.roadmap.description,
    },
    resources: content.resources,
    sections: content.sections.map((section) => ({
      id: section.id,
      key: section.key,
      title: section.title,
      items: section.items.map(toView),
    })),
    states,
  };
}
