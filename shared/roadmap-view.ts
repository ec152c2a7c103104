import type { ItemStatus, ResourceKind } from "../server/db/generated/enums";

/*
 * What the roadmap page's server component hands its client components: plain,
 * serialisable data, built by services/roadmaps/content/roadmap-page-data.ts.
 */

export interface ItemView {
  id: string;
  key: string;
  title: string;
  resources: { id: string; title: string; url: string; kind: ResourceKind; writtenType: string | null }[];
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
