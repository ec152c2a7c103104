import "server-only";

import type { ParsedItem, ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import { slugKey } from "../../../../shared/roadmap-markdown/roadmap-keys";
import type { CurrentItem } from "./diff-roadmap";
import { flattenParsedRoadmap, type FlatItem } from "./flatten-parsed-roadmap";
import { shapeSimilarity, titleShape, type TitleShape } from "./title-similarity";

/** An item of the draft taken for a live item reworded: it keeps the live item's key, and so its learners' progress. */
export interface LikelyRename {
  /** The live item's key, which the draft's item takes. */
  previousKey: string;
  /** The key the markdown alone gives the item (derived from its new title). */
  key: string;
  /** The item's 1-based line in the markdown. */
  line: number;
}

/** How alike two titles must read (titleSimilarity) to be taken for one item reworded. */
export const RENAME_SIMILARITY = 0.5;
/**
 * How far apart two candidates may sit among the items that left and arrived
 * between the same two kept siblings. It bounds the comparisons to (2 × 2 + 1)
 * per arriving item, whatever the roadmap's size.
 */
export const RENAME_WINDOW = 2;

export interface LikelyRenameOptions {
  /** Keys (as the markdown gives them) of items the author said are new, not renames. */
  notRenamed?: ReadonlySet<string>;
  /** Called once per pair of titles compared (the bound's test counts them). */
  onCompare?: () => void;
}

const groupOf = (sectionKey: string, parentKey: string | null) => `${sectionKey}\u0000${parentKey ?? ""}`;

/**
 * The renames a save infers when an item's key was not pinned: a live item
 * that leaves and an item that arrives at the same place (same section and
 * parent, between the same two siblings that stay, at most RENAME_WINDOW apart
 * there) with titles that read alike. Only items whose key is derived from
 * their title are candidates (a pinned key is the author's word) and each live
 * item is taken at most once, by the most alike title. Levels are matched from
 * the top down, so the children of a reworded item stay its children. Linear in
 * the number of items (times RENAME_WINDOW and the titles' bounded length), plus
 * a sort of the candidate pairs.
 */
export function findLikelyRenames(
  current: readonly CurrentItem[],
  draft: ParsedRoadmap,
  { notRenamed = new Set(), onCompare }: LikelyRenameOptions = {},
): LikelyRename[] {
  const flat = flattenParsedRoadmap(draft);
  const draftKeys = new Set(flat.map((item) => item.draft.key));
  const liveKeys = new Set(current.map((item) => item.key));
  if (current.every((item) => draftKeys.has(item.key))) return [];

  const oldGroups = new Map<string, CurrentItem[]>();
  for (const item of current) {
    const group = groupOf(item.sectionKey, item.parentKey);
    const siblings = oldGroups.get(group);
    if (siblings) siblings.push(item);
    else oldGroups.set(group, [item]);
  }
  for (const siblings of oldGroups.values()) siblings.sort((a, b) => a.position - b.position);

  const arriving = (item: ParsedItem) =>
    !liveKeys.has(item.key) && item.key === slugKey(item.title) && !notRenamed.has(item.key);
  const renamedTo = new Map<string, string>();
  const renames: LikelyRename[] = [];

  for (const level of byDepth(flat)) {
    const newGroups = new Map<string, FlatItem[]>();
    for (const item of level) {
      const parent = item.parentKey === null ? null : (renamedTo.get(item.parentKey) ?? item.parentKey);
      const group = groupOf(item.sectionKey, parent);
      const siblings = newGroups.get(group);
      if (siblings) siblings.push(item);
      else newGroups.set(group, [item]);
    }
    for (const [group, siblings] of newGroups) {
      const olds = oldGroups.get(group);
      if (!olds) continue;
      const stayingNew = new Set(siblings.map((item) => item.draft.key));
      const stayingOld = new Set(olds.map((item) => item.key));
      const leaving = bucketsByAnchor(
        olds,
        (item) => item.key,
        stayingNew,
        (item) => !draftKeys.has(item.key),
      );
      const coming = bucketsByAnchor(
        siblings,
        (item) => item.draft.key,
        stayingOld,
        (item) => arriving(item.draft),
      );
      for (const [anchor, news] of coming) {
        const candidates = leaving.get(anchor);
        if (!candidates) continue;
        for (const { from, to } of pairUp(candidates, news, onCompare)) {
          renamedTo.set(to.draft.key, from.key);
          renames.push({ previousKey: from.key, key: to.draft.key, line: to.draft.line });
        }
      }
    }
  }
  return renames;
}

/** The draft's items grouped by depth, each level in reading order. */
function byDepth(flat: FlatItem[]): FlatItem[][] {
  const depthOf = new Map<string, number>();
  const levels: FlatItem[][] = [];
  for (const item of flat) {
    const depth = item.parentKey === null ? 0 : (depthOf.get(item.parentKey) ?? 0) + 1;
    depthOf.set(item.draft.key, depth);
    (levels[depth] ??= []).push(item);
  }
  return levels;
}

/**
 * The siblings that `wanted` picks, bucketed by the last sibling before them
 * that is on both sides of the edit ("" before the first one).
 */
function bucketsByAnchor<T>(
  siblings: readonly T[],
  keyOf: (item: T) => string,
  otherSide: ReadonlySet<string>,
  wanted: (item: T) => boolean,
): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  let anchor = "";
  for (const item of siblings) {
    if (otherSide.has(keyOf(item))) anchor = keyOf(item);
    else if (wanted(item)) {
      const bucket = buckets.get(anchor);
      if (bucket) bucket.push(item);
      else buckets.set(anchor, [item]);
    }
  }
  return buckets;
}

/** One-to-one pairs, most alike first, among those at most RENAME_WINDOW apart and alike enough. */
function pairUp(
  olds: readonly CurrentItem[],
  news: readonly FlatItem[],
  onCompare?: () => void,
): { from: CurrentItem; to: FlatItem }[] {
  const scored: { score: number; distance: number; from: number; to: number }[] = [];
  // Each title is shaped once, however many times it is compared.
  const oldShapes: (TitleShape | undefined)[] = [];
  const oldShape = (from: number) => (oldShapes[from] ??= titleShape(olds[from]!.title));
  news.forEach((item, to) => {
    const shape = titleShape(item.draft.title);
    const last = Math.min(olds.length - 1, to + RENAME_WINDOW);
    for (let from = Math.max(0, to - RENAME_WINDOW); from <= last; from += 1) {
      onCompare?.();
      const score = shapeSimilarity(oldShape(from), shape);
      if (score >= RENAME_SIMILARITY) scored.push({ score, distance: Math.abs(from - to), from, to });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.distance - b.distance || a.to - b.to);
  const takenFrom = new Set<number>();
  const takenTo = new Set<number>();
  const pairs: { from: CurrentItem; to: FlatItem }[] = [];
  for (const { from, to } of scored) {
    if (takenFrom.has(from) || takenTo.has(to)) continue;
    takenFrom.add(from);
    takenTo.add(to);
    pairs.push({ from: olds[from]!, to: news[to]! });
  }
  return pairs.sort((a, b) => a.to.draft.line - b.to.draft.line);
}
