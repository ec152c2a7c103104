import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "../../../../shared/roadmap-markdown/import-limits";
import { parseRoadmapMarkdown } from "../../../../shared/roadmap-markdown/parse-roadmap-markdown";
import type { CurrentItem } from "./diff-roadmap";
import { diffRoadmap } from "./diff-roadmap";
import { flattenParsedRoadmap } from "./flatten-parsed-roadmap";
import { keepRenamedKeys } from "./keep-renamed-keys";
import { RENAME_WINDOW, findLikelyRenames } from "./likely-renames";

/** The live items a saved markdown gives, as a save reads them back. */
function stored(markdown: string): CurrentItem[] {
  return flattenParsedRoadmap(parseRoadmapMarkdown(markdown)).map(({ draft, sectionKey, parentKey, position }) => ({
    id: `id-${draft.key}`,
    key: draft.key,
    title: draft.title,
    sectionKey,
    parentKey,
    position,
  }));
}

const renamesOf = (before: string, after: string, notRenamed: string[] = []) =>
  findLikelyRenames(stored(before), parseRoadmapMarkdown(after), { notRenamed: new Set(notRenamed) }).map(
    ({ previousKey, key }) => `${previousKey} <- ${key}`,
  );

const BOOK = `# Book

## Reading

- [ ] Preface
- [ ] Read chapters 1-3
  - [ ] Take notes on chapter 1
- [ ] Exercises
`;

describe("findLikelyRenames", () => {
  it("takes an item reworded in place for the same item, its child with it", () => {
    const after = BOOK.replace("chapters 1-3", "chapters 1-4").replace("on chapter 1", "on chapter one");
    expect(renamesOf(BOOK, after)).toEqual([
      "read-chapters-1-3 <- read-chapters-1-4",
      "take-notes-on-chapter-1 <- take-notes-on-chapter-one",
    ]);
  });

  it("finds it with items added around it, and pairs each leaving item once, with the closest title", () => {
    const after = BOOK.replace(
      "- [ ] Read chapters 1-3",
      "- [ ] Glossary\n- [ ] Read chapters 1-4\n- [ ] Read chapters 1-5",
    );
    expect(renamesOf(BOOK, after)).toEqual(["read-chapters-1-3 <- read-chapters-1-4"]);
  });

  it("leaves alone a title that reads differently, an item in another section, a pinned key, and one the author said is new", () => {
    expect(renamesOf(BOOK, BOOK.replace("Read chapters 1-3", "Watch the film"))).toEqual([]);
    const moved = BOOK.replace("- [ ] Read chapters 1-3\n  - [ ] Take notes on chapter 1\n", "").concat(
      "\n## Later\n\n- [ ] Read chapters 1-4\n",
    );
    expect(renamesOf(BOOK, moved)).toEqual([]);
    expect(renamesOf(BOOK, BOOK.replace("Read chapters 1-3", "Read chapters 1-4 <!-- key: fresh -->"))).toEqual([]);
    expect(renamesOf(BOOK, BOOK.replace("chapters 1-3", "chapters 1-4"), ["read-chapters-1-4"])).toEqual([]);
  });

  it("pins the previous key in the saved markdown, so the save, its preview and the next edit agree", () => {
    const after = BOOK.replace("chapters 1-3", "chapters 1-4");
    const kept = keepRenamedKeys(stored(BOOK), parseRoadmapMarkdown(after), after, {});
    expect(kept.markdown).toBe(after.replace("chapters 1-4", "chapters 1-4 <!-- key: read-chapters-1-3 -->"));
    const changes = diffRoadmap(stored(BOOK), kept.draft).map((change) => `${change.kind} ${change.key}`);
    expect(changes).toEqual(["RENAMED read-chapters-1-3"]);
    // The stored markdown, edited again in place, is a plain pinned rename.
    expect(renamesOf(kept.markdown, kept.markdown.replace("1-4", "1-5"))).toEqual([]);
  });

  it(`compares at most ${2 * RENAME_WINDOW + 1} titles per arriving item at the item limit (every item reworded)`, () => {
    const items = IMPORT_LIMITS.items;
    const lines = (suffix: string) =>
      Array.from({ length: items }, (_, index) => `- [ ] Study topic number ${index} of the long list ${suffix}`);
    const before = `# Big\n\n## All\n\n${lines("first").join("\n")}\n`;
    const after = `# Big\n\n## All\n\n${lines("second").join("\n")}\n`;
    const current = stored(before);
    const draft = parseRoadmapMarkdown(after);
    let comparisons = 0;
    const start = performance.now();
    const renames = findLikelyRenames(current, draft, { onCompare: () => (comparisons += 1) });
    const ms = performance.now() - start;
    // A figure to read, not a timed assertion: the bound is the count of comparisons.
    process.stdout.write(
      `likely renames, ${items} items all reworded: ${comparisons} comparisons, ${ms.toFixed(0)} ms\n`,
    );
    expect(comparisons).toBeLessThanOrEqual(items * (2 * RENAME_WINDOW + 1));
    expect(renames).toHaveLength(items);
    expect(renames.every(({ previousKey, key }) => previousKey.replace("first", "second") === key)).toBe(true);
  });
});
