import type { ItemStatus, ResourceKind } from "../../db/generated/enums";
import { loadNotes, type StoredNote } from "../notes/load-notes";
import { loadProgress } from "../progress/read-progress";
import type { MaybeViewer } from "../viewer";
import type { ItemNode, RoadmapContent } from "./roadmap-content";

/** Plain, serialisable data for the roadmap page's client components. */
export interface ItemView {
  id: string;
  key: string;
  title: string;
  resources: { id: string; title: string; url: string; kind: ResourceKind }[];
  children: ItemView[];
}

export interface ItemState {
  status: ItemStatus;
  statusUpdatedAt: string | null;
  note: string | null;
  noteHtml: string | null;
}

export interface RoadmapPageData {
  roadmap: { id: string; slug: string; title: string; description: string | null };
  resources: ItemView["resources"];
  sections: { id: string; key: string; title: string; items: ItemView[] }[];
  /** The viewer's state per item id; empty for guests (their progress lives in the browser). */
  states: Record<string, ItemState>;
}

function toView(item: ItemNode): ItemView {
  return {
    id: item.id,
    key: item.key,
    title: item.title,
    resources: item.resources,
    children: item.children.map(toView),
  };
}

/** Everything the roadmap page renders on first paint, in three statements after the content. */
export async function roadmapPageData(viewer: MaybeViewer, content: RoadmapContent): Promise<RoadmapPageData> {
  const id = content.roadmap.id;
  const [progress, notes] = viewer
    ? await Promise.all([loadProgress(viewer, [id]), loadNotes(viewer, [id])])
    : [new Map(), new Map<string, StoredNote>()];
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
