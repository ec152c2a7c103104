import "server-only";

import type { ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import { flattenParsedRoadmap } from "./flatten-parsed-roadmap";

export type RoadmapChangeKind = "ADDED" | "MOVED" | "RENAMED" | "RETIRED";

export interface RoadmapChange {
  kind: RoadmapChangeKind;
  key: string;
  title: string;
  /** The title before a rename. */
  previousTitle: string | null;
  /** The item's line in the new markdown (null for a retired item). */
  line: number | null;
  /** The stored item, for counting the learners a change touches (null for an added one). */
  itemId: string | null;
}

/** A live item as stored, where it sits. */
export interface CurrentItem {
  id: string;
  key: string;
  title: string;
  sectionKey: string;
  parentKey: string | null;
  position: number;
}

/**
 * What saving `draft` over the live items `current` does, item by item:
 * ADDED (a key not live now; a retired one comes back with its history),
 * RETIRED (a live key the draft lacks), RENAMED (same key, new title: the key
 * was pinned), MOVED (another section or parent, or another place among the
 * siblings that stay: only items out of the longest run kept in order count, so
 * inserting an item does not "move" everything after it). An item can be both
 * renamed and moved. Linear-logarithmic in the number of items.
 */
export function diffRoadmap(current: readonly CurrentItem[], draft: ParsedRoadmap): RoadmapChange[] {
  const live = new Map(current.map((item) => [item.key, item]));
  const changes: RoadmapChange[] = [];
  const flat = flattenParsedRoadmap(draft);
  const wanted = new Set(flat.map((item) => item.draft.key));
  /** Siblings that stayed under the same section and parent, in their new order. */
  const stayed = new Map<string, { key: string; title: string; line: number; id: string; oldPosition: number }[]>();

  for (const { draft: item, sectionKey, parentKey } of flat) {
    const before = live.get(item.key);
    if (!before) {
      changes.push({
        kind: "ADDED",
        key: item.key,
        title: item.title,
        previousTitle: null,
        line: item.line,
        itemId: null,
      });
      continue;
    }
    if (before.title !== item.title) {
      changes.push({
        kind: "RENAMED",
        key: item.key,
        title: item.title,
        previousTitle: before.title,
        line: item.line,
        itemId: before.id,
      });
    }
    if (before.sectionKey !== sectionKey || before.parentKey !== parentKey) {
      changes.push({
        kind: "MOVED",
        key: item.key,
        title: item.title,
        previousTitle: null,
        line: item.line,
        itemId: before.id,
      });
    } else {
      const group = `${sectionKey}\u0000${parentKey ?? ""}`;
      const siblings = stayed.get(group) ?? [];
      siblings.push({ key: item.key, title: item.title, line: item.line, id: before.id, oldPosition: before.position });
      stayed.set(group, siblings);
    }
  }
  for (const siblings of stayed.values()) {
    const kept = longestIncreasingRun(siblings.map((sibling) => sibling.oldPosition));
    siblings.forEach((sibling, index) => {
      if (!kept.has(index)) {
        changes.push({
          kind: "MOVED",
          key: sibling.key,
          title: sibling.title,
          previousTitle: null,
          line: sibling.line,
          itemId: sibling.id,
        });
      }
    });
  }
  for (const item of current) {
    if (!wanted.has(item.key)) {
      changes.push({
        kind: "RETIRED",
        key: item.key,
        title: item.title,
        previousTitle: null,
        line: null,
        itemId: item.id,
      });
    }
  }
  return changes;
}

/** Indexes of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasingRun(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}
