import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PATHOLOGICAL_ROADMAPS, pathologicalRoadmap } from "../../e2e/support/pathological-roadmaps";
import { generatedRoadmap, type GeneratedRoadmap } from "../../e2e/support/generated-roadmaps";
import { parseWithRemark } from "../../e2e/support/remark-roadmap-oracle";
import { IMPORT_LIMITS } from "./import-limits";
import { parseRoadmapMarkdown } from "./parse-roadmap-markdown";
import { RoadmapParseError, type ParsedItem, type ParsedRoadmap } from "./parsed-roadmap";
import { sectionKey } from "./roadmap-keys";
import { writeRoadmapMarkdown } from "./write-roadmap-markdown";

// A sanity guard against a hang only (files up to IMPORT_LIMITS.fileBytes, 2.1 MB, on a
// shared 2-core machine): speed is measured by `npm run bench:import`.
const SANITY_MS = 6_000;
const TEST_TIMEOUT_MS = 120_000;

function parseOrProblems(markdown: string): ParsedRoadmap | RoadmapParseError {
  try {
    return parseRoadmapMarkdown(markdown);
  } catch (error) {
    if (error instanceof RoadmapParseError) return error;
    throw error;
  }
}

/** What a generated roadmap must read back as: the same sections, items, keys, resources and marks. */
function expected(roadmap: GeneratedRoadmap) {
  const keys = new Set<string>();
  const item = (entry: GeneratedRoadmap["sections"][number]["items"][number]): unknown => ({
    key: entry.key,
    title: entry.title,
    mark: entry.status,
    skill: entry.skill,
    resources: entry.resources,
    children: entry.children.map(item),
  });
  return {
    title: roadmap.title,
    description: roadmap.description,
    resources: roadmap.resources,
    sections: roadmap.sections.map((section) => ({
      key: sectionKey(section.title, keys),
      title: section.title,
      items: section.items.map(item),
    })),
  };
}

function comparable(draft: ParsedRoadmap) {
  const item = (entry: ParsedItem): unknown => ({
    key: entry.key,
    title: entry.title,
    mark: entry.mark,
    skill: entry.skill,
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

describe("export, then import", () => {
  it(
    "gives back any roadmap: sections, items, keys, skills, resources, statuses (notes are quotes, not structure)",
    () => {
      fc.assert(
        fc.property(generatedRoadmap(), (roadmap) => {
          const markdown = writeRoadmapMarkdown(roadmap, {
            statusOf: (item) => roadmap.statusByKey.get(item.key),
            noteOf: (item) => roadmap.noteByKey.get(item.key),
          });
          const read = parseOrProblems(markdown);
          if (read instanceof RoadmapParseError) throw new Error(`${read.message}\n\n${markdown}`);
          expect(comparable(read)).toEqual(expected(roadmap));
          // And the file it reads is a fixed point: writing the read roadmap gives the same text.
          expect(
            writeRoadmapMarkdown(read, {
              statusOf: (item) => (item as ParsedItem).mark,
              noteOf: (item) => roadmap.noteByKey.get(item.key),
            }),
          ).toBe(markdown);
        }),
        { numRuns: 300 },
      );
    },
    TEST_TIMEOUT_MS,
  );
});

describe("the line-based reader beside the remark-based one it replaced", () => {
  it(
    "derives the same titles, keys and resources from ordinary checklists",
    () => {
      const word = fc.constantFrom("Learn", "SQL", "basics", "(e.g.,", "Go)", "C++", "Node.js", "and", "x", "1.0");
      const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
      const link = fc
        .tuple(text, fc.constantFrom("https://go.dev/doc", "https://github.com/a/b", "https://youtube.com/watch?v=1"))
        .map(([title, url]) => `[${title}](${url})`);
      const line = fc
        .tuple(fc.constantFrom("- ", "* "), text, fc.option(link, { nil: undefined }), fc.integer({ min: 0, max: 2 }))
        .map(
          ([bullet, title, maybeLink, depth]) =>
            `${"  ".repeat(depth)}${bullet}[ ] ${title}${maybeLink ? ` ${maybeLink}` : ""}`,
        );
      fc.assert(
        fc.property(
          fc.array(fc.array(line, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
          (sections) => {
            const markdown = [
              "# Roadmap",
              "",
              ...sections.flatMap((items, index) => [
                `## Part ${index}`,
                "",
                ...items.map((l, i) => (i === 0 ? l.trimStart() : l)),
                "",
              ]),
            ].join("\n");
            const ours = parseOrProblems(markdown);
            let theirs: ParsedRoadmap | RoadmapParseError;
            try {
              theirs = parseWithRemark(markdown);
            } catch (error) {
              theirs = error as RoadmapParseError;
            }
            if (ours instanceof RoadmapParseError || theirs instanceof RoadmapParseError) {
              expect(ours instanceof RoadmapParseError).toBe(theirs instanceof RoadmapParseError);
              return;
            }
            const strip = (draft: ParsedRoadmap) =>
              JSON.parse(JSON.stringify(draft, (key, value) => (key === "mark" ? undefined : value)));
            const mine = strip(ours);
            for (const section of mine.sections) delete section.line;
            expect(mine).toEqual(strip(theirs));
          },
        ),
        { numRuns: 300 },
      );
    },
    TEST_TIMEOUT_MS,
  );
});

describe("hostile files", () => {
  it(
    "every pathological family at the file's size limit is read or refused with line-numbered problems, quickly",
    () => {
      for (const [family, build] of Object.entries(PATHOLOGICAL_ROADMAPS)) {
        const markdown = build(IMPORT_LIMITS.fileBytes);
        const start = performance.now();
        const result = parseOrProblems(markdown);
        const ms = performance.now() - start;
        expect(ms, `${family} took ${ms.toFixed(0)} ms`).toBeLessThan(SANITY_MS);
        if (result instanceof RoadmapParseError) {
          expect(result.problems.length, family).toBeGreaterThan(0);
          expect(result.problems.length, family).toBeLessThanOrEqual(IMPORT_LIMITS.problems + 1);
          for (const problem of result.problems) expect(problem.line, family).toBeGreaterThanOrEqual(1);
        }
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "random pieces of markdown and checklist syntax never throw anything but a parse error",
    () => {
      fc.assert(
        fc.property(pathologicalRoadmap(50_000), (markdown) => {
          const start = performance.now();
          parseOrProblems(markdown);
          expect(performance.now() - start).toBeLessThan(SANITY_MS);
        }),
        { numRuns: 200 },
      );
    },
    TEST_TIMEOUT_MS,
  );
});
