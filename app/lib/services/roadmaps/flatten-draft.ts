import "server-only";

import type { ItemDraft, RoadmapDraft } from "../../shared/roadmap-import/roadmap-draft";

export interface FlatItem {
  draft: ItemDraft;
  sectionKey: string;
  parentKey: string | null;
  /** Among its siblings (same section and parent). */
  position: number;
}

/** A draft's items in reading order, each with where it sits. */
export function flattenDraft(draft: RoadmapDraft): FlatItem[] {
  const flat: FlatItem[] = [];
  const walk = (items: ItemDraft[], sectionKey: string, parentKey: string | null) => {
    items.forEach((item, position) => {
      flat.push({ draft: item, sectionKey, parentKey, position });
      walk(item.children, sectionKey, item.key);
    });
  };
  for (const section of draft.sections) walk(section.items, section.key, null);
  return flat;
}
