import { parseRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import { pinKeysOnLines } from "@/shared/roadmap-markdown/pin-keys-on-lines";
import type { ParsedItem } from "@/shared/roadmap-markdown/parsed-roadmap";

/**
 * The markdown with `<!-- key: ... -->` at the end of every item line that has
 * none, each the key the item has now: from then on rewording an item keeps
 * learners' progress on it (a key derived from the title would change with it).
 * The markdown is returned as it was when it does not read cleanly.
 */
export function pinKeys(markdown: string): string {
  let items: ParsedItem[];
  try {
    const draft = parseRoadmapMarkdown(markdown);
    items = draft.sections.flatMap((section) =>
      section.items.flatMap(function walk(item: ParsedItem): ParsedItem[] {
        return [item, ...item.children.flatMap(walk)];
      }),
    );
  } catch {
    return markdown;
  }
  return pinKeysOnLines(markdown, new Map(items.map((item) => [item.line, item.key])));
}
