import "server-only";

import { NotFoundError } from "../../../shared/errors";
import { UNTOUCHED } from "../../../shared/plan/item-facts";
import { sectionDates } from "../../../shared/plan/section-dates";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import type { MaybeViewer } from "../viewer";
import { loadItemFacts } from "./load-item-facts";

export interface ItemDates {
  roadmapId: string;
  /** Every live item in reading order; dates are null when never (or not since the item's last reset). */
  items: { itemId: string; sectionId: string; startedAt: Date | null; finishedAt: Date | null }[];
  sections: { sectionId: string; startedAt: Date | null; completedAt: Date | null }[];
}

/**
 * When the viewer started (first IN_PROGRESS) and finished (last DONE) each item
 * of a roadmap, and started and completed each section: for the roadmap page and
 * for exports. One statement plus the cached content.
 */
export async function itemDates(viewer: MaybeViewer, roadmapId: string): Promise<ItemDates> {
  const [[content], facts] = await Promise.all([
    loadRoadmapContents(viewer, [roadmapId]),
    loadItemFacts(viewer, [roadmapId]),
  ]);
  if (!content) throw new NotFoundError(`Roadmap ${roadmapId}`);
  const factsOf = (itemId: string) => facts.get(roadmapId)?.get(itemId) ?? UNTOUCHED;
  return {
    roadmapId,
    items: content.items.map((item) => ({
      itemId: item.id,
      sectionId: item.sectionId,
      startedAt: factsOf(item.id).startedAt,
      finishedAt: factsOf(item.id).finishedAt,
    })),
    sections: content.sections.map((section) => ({
      sectionId: section.id,
      ...sectionDates(section.allItems.map((item) => factsOf(item.id))),
    })),
  };
}
