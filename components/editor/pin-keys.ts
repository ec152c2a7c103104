import { parseRoadmapMarkdown } from "@/app/lib/shared/roadmap-import/parse-roadmap-markdown";
import type { ItemDraft } from "@/app/lib/shared/roadmap-import/roadmap-draft";

/**
 * The markdown with `<!-- key: ... -->` at the end of every item line that has
 * none, each the key the item has now: from then on rewording an item keeps
 * learners' progress on it (a key derived from the title would change with it).
 * The markdown is returned as it was when it does not read cleanly.
 */
export function pinKeys(markdown: string): string {
  let items: ItemDraft[];
  try {
    const draft = parseRoadmapMarkdown(markdown);
    items = draft.sections.flatMap((section) =>
      section.items.flatMap(function walk(item: ItemDraft): ItemDraft[] {
        return [item, ...item.children.flatMap(walk)];
      }),
    );
  } catch {
    return markdown;
  }
  const lines = markdown.split(/(\r\n|\r|\n)/);
  // split with a capture keeps the line breaks at the odd indexes: line n is at index 2(n-1).
  for (const item of items) {
    const index = 2 * (item.line - 1);
    const line = lines[index];
    if (line !== undefined && !/<!--\s*key\s*:/i.test(line))
      lines[index] = `${line.trimEnd()} <!-- key: ${item.key} -->`;
  }
  return lines.join("");
}
