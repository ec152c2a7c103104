import "server-only";

import { parseRoadmapMarkdown } from "../../../../shared/roadmap-markdown/parse-roadmap-markdown";
import { pinKeysOnLines } from "../../../../shared/roadmap-markdown/pin-keys-on-lines";
import type { ParsedRoadmap } from "../../../../shared/roadmap-markdown/parsed-roadmap";
import type { CurrentItem } from "./diff-roadmap";
import { flattenParsedRoadmap } from "./flatten-parsed-roadmap";
import { findLikelyRenames, type LikelyRename, type LikelyRenameOptions } from "./likely-renames";

export interface KeptRenames {
  /** What the save writes: the draft of `markdown`. */
  draft: ParsedRoadmap;
  /** The markdown as it will be stored: each guessed rename's previous key pinned on its line. */
  markdown: string;
  /** The renames the draft carries. */
  renames: LikelyRename[];
}

/**
 * Keeps the key (and so every learner's progress) of each item the author
 * reworded without pinning its key (findLikelyRenames), by pinning the previous
 * key on the item's line: the stored markdown then reads exactly as saved, and
 * the next edit starts from it. The pinned markdown is read again, so the draft
 * is the one its text gives; should it not read (a pin pushing a line or the
 * file over a limit), nothing is guessed and the markdown is saved as written.
 */
export function keepRenamedKeys(
  current: readonly CurrentItem[],
  draft: ParsedRoadmap,
  markdown: string,
  options: LikelyRenameOptions,
): KeptRenames {
  const renames = findLikelyRenames(current, draft, options);
  if (renames.length === 0) return { draft, markdown, renames };
  const pinned = pinKeysOnLines(markdown, new Map(renames.map((rename) => [rename.line, rename.previousKey])));
  let pinnedDraft: ParsedRoadmap;
  try {
    pinnedDraft = parseRoadmapMarkdown(pinned);
  } catch {
    return { draft, markdown, renames: [] };
  }
  const keyOnLine = new Map(flattenParsedRoadmap(pinnedDraft).map(({ draft: item }) => [item.line, item.key]));
  return {
    draft: pinnedDraft,
    markdown: pinned,
    renames: renames.filter((rename) => keyOnLine.get(rename.line) === rename.previousKey),
  };
}
