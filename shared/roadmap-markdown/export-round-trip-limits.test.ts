import { describe, expect, it } from "vitest";
import { atByteLimit, atItemLimit, type LimitItem, type LimitRoadmap } from "../../e2e/support/limit-roadmaps";
import { exportLegend, MAX_EXPORT_LEGEND_BYTES } from "./export-legend";
import { IMPORT_LIMITS, utf8Length } from "./import-limits";
import { parseRoadmapMarkdown, readRoadmapMarkdown } from "./parse-roadmap-markdown";
import { RoadmapParseError, type ParsedItem, type ParsedRoadmap } from "./parsed-roadmap";
import { MAX_KEY_PIN_BYTES, writeRoadmapMarkdown, writtenSize } from "./write-roadmap-markdown";
import type { RoadmapProblem } from "./problem-messages";

/** A problem as the API's message says it (the code and values are checked in problem-messages.test.ts). */
const sentence = ({ line, message }: RoadmapProblem) => ({ line, message });

/*
 * Every roadmap Waymark accepts exports to a file that it accepts again, as
 * the same roadmap: the limits measure the roadmap as Waymark writes it (not the
 * file), and the file's own bound makes room for the export's key pins, legend
 * and a learner's notes. Tried at the limits, with the dearest text there is.
 */

const TIMEOUT_MS = 120_000;
const LONGEST_SLUG = `${"l".repeat(39)}/${"n".repeat(64)}`;

function problemsOf(markdown: string): RoadmapParseError {
  try {
    parseRoadmapMarkdown(markdown);
  } catch (error) {
    if (error instanceof RoadmapParseError) return error;
    throw error;
  }
  throw new Error("expected problems");
}

function allItems(items: readonly ParsedItem[]): ParsedItem[] {
  return items.flatMap((item) => [item, ...allItems(item.children)]);
}

/** Everything a save stores: sections, items (key, title, parent, order), resources, marks. */
function comparable(draft: ParsedRoadmap) {
  const item = (entry: ParsedItem): unknown => ({
    key: entry.key,
    title: entry.title,
    mark: entry.mark,
    resources: entry.resources,
    children: entry.children.map(item),
  });
  return {
    title: draft.title,
    description: draft.description,
    resources: draft.resources,
    sections: draft.sections.map((section) => ({
      key: section.key,
      title: section.title,
      items: section.items.map(item),
    })),
  };
}

/** The export a learner downloads: the legend, then the roadmap with their statuses. */
function exportOf(draft: ParsedRoadmap, notes: Map<string, string> = new Map()): string {
  return (
    exportLegend(LONGEST_SLUG, "l".repeat(39), new Date("2026-12-01")) +
    writeRoadmapMarkdown(draft, {
      statusOf: (item) => (item as ParsedItem).mark,
      noteOf: (item) => notes.get(item.key),
    })
  );
}

function storedItems(roadmap: LimitRoadmap): LimitItem[] {
  const all = (item: LimitItem): LimitItem[] => [item, ...item.children.flatMap(all)];
  return roadmap.sections.flatMap((section) => section.items.flatMap(all));
}

describe("the file's bound makes room for the largest export", () => {
  it("holds the largest roadmap, a longest key pin on every item and the longest legend", () => {
    expect(MAX_KEY_PIN_BYTES).toBe(207);
    const legend = exportLegend("中".repeat(500), "中".repeat(500), new Date());
    expect(utf8Length(legend)).toBeLessThanOrEqual(MAX_EXPORT_LEGEND_BYTES);
    expect(IMPORT_LIMITS.fileBytes).toBeGreaterThanOrEqual(
      IMPORT_LIMITS.markdownBytes + IMPORT_LIMITS.items * MAX_KEY_PIN_BYTES + MAX_EXPORT_LEGEND_BYTES,
    );
  });
});

describe("export, then import, at the limits", () => {
  it(
    "gives back a roadmap of 5,000 items with the longest keys, exactly at the byte limit, statuses and notes included",
    () => {
      const roadmap = atItemLimit();
      const items = storedItems(roadmap);
      expect(items).toHaveLength(IMPORT_LIMITS.items);
      expect(writtenSize(roadmap).bytes).toBe(IMPORT_LIMITS.markdownBytes);

      // Saved as written with its keys pinned: the file is twice the byte limit, the roadmap is at it.
      const source = writeRoadmapMarkdown(roadmap, {
        statusOf: (item) => (item as LimitItem).status,
        noteOf: () => null,
      });
      const first = readRoadmapMarkdown(source);
      expect(first.size.bytes).toBe(IMPORT_LIMITS.markdownBytes);
      expect(allItems(first.draft.sections.flatMap((section) => section.items)).map((item) => item.key)).toEqual(
        items.map((item) => item.key),
      );
      expect(first.draft.resources).toEqual(roadmap.resources);

      const notes = new Map(
        items.slice(0, 100).map((item) => [item.key, `A note with [brackets] and *stars* ${item.key}`]),
      );
      const exported = exportOf(first.draft, notes);
      expect(utf8Length(exported)).toBeGreaterThan(2_000_000);
      expect(utf8Length(exported)).toBeLessThanOrEqual(IMPORT_LIMITS.fileBytes);
      const again = readRoadmapMarkdown(exported);
      expect(comparable(again.draft)).toEqual(comparable(first.draft));
      expect(again.size).toEqual(first.size);
    },
    TIMEOUT_MS,
  );

  it(
    "gives back a roadmap exactly at the byte limit whose file pins no key (its export pins them all)",
    () => {
      const roadmap = atByteLimit();
      expect(writtenSize(roadmap).bytes).toBe(IMPORT_LIMITS.markdownBytes);
      const source = writeRoadmapMarkdown(roadmap, undefined, { pinKeys: false });
      expect(utf8Length(source)).toBe(IMPORT_LIMITS.markdownBytes);
      const first = readRoadmapMarkdown(source);
      expect(first.size.bytes).toBe(IMPORT_LIMITS.markdownBytes);
      // The address of every link as written, never normalised.
      expect(first.draft.sections[0]!.items[0]!.resources[1]!.url).toBe("https://github.com");

      const exported = exportOf(first.draft);
      expect(utf8Length(exported)).toBeGreaterThan(IMPORT_LIMITS.markdownBytes);
      const again = readRoadmapMarkdown(exported);
      expect(comparable(again.draft)).toEqual(comparable(first.draft));
      expect(again.size).toEqual(first.size);
    },
    TIMEOUT_MS,
  );

  it(
    "refuses a roadmap one byte over the limit, and a small file that makes a large roadmap",
    () => {
      const roadmap = atByteLimit();
      storedItems(roadmap).find((item) => item.title.length < IMPORT_LIMITS.titleLength)!.title += "x";
      expect(problemsOf(writeRoadmapMarkdown(roadmap, undefined, { pinKeys: false })).problems.map(sentence)).toEqual([
        {
          line: 1,
          message:
            "the roadmap is 1,000,001 bytes as Waymark writes it (its export without key pins); at most 1,000,000 are allowed",
        },
      ]);
      // A reference link defined once and used on every line: its export writes the address each time.
      const url = `https://example.com/${"r".repeat(2_000)}`;
      const lines = Array.from({ length: 600 }, (_, i) => `- [ ] item ${i} [read][r]`);
      const small = `# Small file\n\n## S\n\n${lines.join("\n")}\n\n[r]: ${url}\n`;
      expect(utf8Length(small)).toBeLessThan(30_000);
      const [problem] = problemsOf(small).problems;
      expect(problem!.message).toMatch(/^the roadmap is 1,2\d\d,\d\d\d bytes as Waymark writes it/);
    },
    TIMEOUT_MS,
  );

  it("counts `[` as written: a file within the limit whose bare links the export writes as [..](..) is refused at 40,001", () => {
    // 1,000 items, each with 38 `[` in its title and a bare link: 39,000 in the file, 40,000 as written.
    const file = (brackets: number) =>
      `# B\n\n## S\n\n${Array.from({ length: 1_000 }, (_, i) => `- [ ] ${"\\[".repeat(brackets)} https://e.com/${i} <!-- key: k${i} -->`).join("\n")}\n`;
    const atLimit = readRoadmapMarkdown(file(38));
    expect(atLimit.size.brackets).toBe(IMPORT_LIMITS.brackets);
    const again = readRoadmapMarkdown(exportOf(atLimit.draft));
    expect(comparable(again.draft)).toEqual(comparable(atLimit.draft));
    // One more in each title: 40,000 in the file, 41,000 as written.
    expect(problemsOf(file(39)).problems.map(sentence)).toEqual([
      {
        line: 1,
        message:
          "the roadmap holds 41,000 `[` characters as Waymark writes it (one per checkbox, per link and per `[` of its text); at most 40,000 are allowed",
      },
    ]);
  });

  it("refuses a description whose paragraph would be written over the line limit once escaped", () => {
    // 3,000 characters in the file, 4,500 as written (every `_` escaped).
    const problems = problemsOf(`# D\n\n${"a_".repeat(1_500)}\n\n## S\n\n- [ ] a\n`).problems;
    expect(problems.map(sentence)).toEqual([
      {
        line: 3,
        message:
          "a paragraph of the description runs over 4,000 characters once its markup characters are escaped, as Waymark writes it",
      },
    ]);
  });

  it("does not count what the export's legend, key pins and notes hold, nor comments and prose, against the roadmap", () => {
    const roadmap = "# R\n\n## S\n\n- [ ] a <!-- key: a -->\n";
    const padded = `<!--\n${`${"[".repeat(3_000)}\n`.repeat(20)}-->\n${roadmap}\n> ${"[".repeat(3_000)}\n\n${"prose [ ".repeat(10)}\n`;
    const read = readRoadmapMarkdown(padded);
    expect(read.size).toEqual(readRoadmapMarkdown(roadmap).size);
  });
});
