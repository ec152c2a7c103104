import "server-only";

import type { ParsedItem, ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";

export interface FlatItem {
  draft: ParsedItem;
  sectionKey: string;
  parentKey: string | null;
  /** Among its siblings (same section and parent). */
  position: number;
}

/** A draft's items in reading order, each with where it sits. */
export function flattenParsedRoadmap(draft: ParsedRoadmap): FlatItem[] {
  const flat: FlatItem[] = [];
  const walk = (items: ParsedItem[], sectionKey: string, parentKey: string | null) => {
    items.forEach((item, position) => {
      flat.push({ draft: item, sectionKey, parentKey, position });
      walk(item.children, sectionKey, item.key);
    });
  };
  for (const section of draft.sections) walk(section.items, section.key, null);
  return flat;
}
