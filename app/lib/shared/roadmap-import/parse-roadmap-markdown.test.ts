import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoadmapMarkdown } from "./parse-roadmap-markdown";
import { readChecklistLines, ORIGINAL_BACKEND_ROADMAP as ORIGINAL } from "../../../../e2e/support/roadmap-source";
import { RoadmapParseError, type ItemDraft, type RoadmapDraft } from "./roadmap-draft";

const CURATED = path.resolve(import.meta.dirname, "../../../../prisma/roadmaps/backend.md");

function flatItems(draft: RoadmapDraft) {
  const out: { depth: number; text: string }[][] = [];
  const walk = (items: ItemDraft[], depth: number, into: { depth: number; text: string }[]) => {
    for (const item of items) {
      into.push({ depth, text: item.title });
      walk(item.children, depth + 1, into);
    }
  };
  for (const section of draft.sections) {
    const list: { depth: number; text: string }[] = [];
    walk(section.items, 0, list);
    out.push(list);
  }
  return out;
}

function parseError(markdown: string): RoadmapParseError {
  try {
    parseRoadmapMarkdown(markdown);
  } catch (error) {
    if (error instanceof RoadmapParseError) return error;
    throw error;
  }
  throw new Error("expected a RoadmapParseError");
}

describe("parseRoadmapMarkdown on the Backend roadmap", () => {
  const original = fs.readFileSync(ORIGINAL, "utf8");

  it.each([
    ["the original seed checklist", ORIGINAL],
    ["our curated copy", CURATED],
  ])("keeps all 15 sections and 44 items of %s, in order and with the same text", (_label, file) => {
    const draft = parseRoadmapMarkdown(fs.readFileSync(file, "utf8"));
    const expected = readChecklistLines();
    expect(draft.title).toBe("Backend Development Roadmap");
    expect(draft.sections.map((s) => s.title)).toEqual(expected.map((s) => s.title));
    expect(draft.sections).toHaveLength(15);
    expect(flatItems(draft)).toEqual(expected.map((s) => s.items));
    expect(flatItems(draft).flat()).toHaveLength(44);
  });

  it("reads nested lines as child items", () => {
    const databases = parseRoadmapMarkdown(original).sections[1]!;
    expect(databases.items).toHaveLength(2);
    expect(databases.items[0]!.children.map((c) => c.title)).toEqual([
      "Learn SQL basics (queries, CRUD operations)",
      "Explore relational database management systems (e.g., MySQL, PostgreSQL)",
    ]);
  });

  it("turns links inside a line into that item's resources", () => {
    const resources = parseRoadmapMarkdown(original).sections[14]!;
    expect(resources.items[0]).toMatchObject({
      title: "Backend Developer Roadmap",
      resources: [{ title: "Backend Developer Roadmap", url: "https://roadmap.sh/backend" }],
    });
    expect(resources.items[5]!.resources[0]).toMatchObject({
      kind: "OFFICIAL",
      url: "https://developer.mozilla.org/en-US/",
    });
  });

  it("curates one to three labelled resources for every item of the copy", () => {
    const draft = parseRoadmapMarkdown(fs.readFileSync(CURATED, "utf8"));
    const all = draft.sections.flatMap((s) =>
      s.items.flatMap(function walk(i: ItemDraft): ItemDraft[] {
        return [i, ...i.children.flatMap(walk)];
      }),
    );
    for (const item of all) {
      expect(item.resources.length, item.title).toBeGreaterThanOrEqual(1);
      expect(item.resources.length, item.title).toBeLessThanOrEqual(3);
    }
    const postgres = all.find((i) => i.title.startsWith("Explore relational database management"))!;
    expect(postgres.resources[0]).toMatchObject({ kind: "OFFICIAL", url: "https://www.postgresql.org/docs/current/" });
  });

  it("gives every item a unique key that does not depend on its position", () => {
    const draft = parseRoadmapMarkdown(original);
    const keys = flatItems(draft).flat().length;
    const unique = new Set(
      draft.sections.flatMap((s) =>
        s.items.flatMap(function walk(i: ItemDraft): string[] {
          return [i.key, ...i.children.flatMap(walk)];
        }),
      ),
    );
    expect(unique.size).toBe(keys);
    const moved = parseRoadmapMarkdown(original.replace("## Programming Languages", "## Languages"));
    expect(moved.sections[0]!.items[0]!.key).toBe(draft.sections[0]!.items[0]!.key);
  });
});

describe("parseRoadmapMarkdown rules", () => {
  it("reads labelled resource lines, descriptions and pinned keys", () => {
    const draft = parseRoadmapMarkdown(
      [
        "# Go",
        "",
        "Learn Go. See [the spec](https://go.dev/doc/effective_go).",
        "",
        "## Basics",
        "",
        "- [ ] Syntax <!-- key: go-syntax -->",
        "  - video: [Intro](https://example.com/v)",
        "  - open source: [Repo](https://example.com/r)",
        "  - [Plain](https://example.com/p)",
        "  - [x] Variables",
      ].join("\n"),
    );
    expect(draft.description).toBe("Learn Go. See the spec.");
    expect(draft.resources).toEqual([{ title: "the spec", url: "https://go.dev/doc/effective_go", kind: "OFFICIAL" }]);
    const syntax = draft.sections[0]!.items[0]!;
    expect(syntax.key).toBe("go-syntax");
    expect(syntax.title).toBe("Syntax");
    expect(syntax.resources.map((r) => r.kind)).toEqual(["VIDEO", "OPENSOURCE", "ARTICLE"]);
    expect(syntax.children[0]!.title).toBe("Variables");
  });

  it("refuses two items with one key, and accepts them once one key is pinned", () => {
    expect(parseError("# R\n\n## A\n\n- [ ] Same\n\n## B\n\n- [ ] Same\n").message).toContain(
      'line 9: this item would share the key "same" with line 5: pin a key',
    );
    const draft = parseRoadmapMarkdown("# R\n\n## A\n\n- [ ] Same\n\n## B\n\n- [ ] Same <!-- key: same-in-b -->\n");
    expect(draft.sections.map((s) => s.items[0]!.key)).toEqual(["same", "same-in-b"]);
  });

  it("reports malformed or overlong key comments instead of ignoring them", () => {
    const error = parseError(`# R\n## S\n- [ ] A <!-- key: sql_basics -->\n- [ ] B <!-- key: ${"k".repeat(65)} -->\n`);
    expect(error.message).toContain("line 3: a key comment must read");
    expect(error.message).toContain("line 4: a key may be at most 64 characters");
  });

  it("reports every problem with its line number", () => {
    const error = parseError(
      ["- [ ] orphan", "## S", "- plain bullet", "- [ ] ok", "  - [bad](javascript:alert(1))", "### Deep"].join("\n"),
    );
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { line: 1, message: "the roadmap needs a `# Title` heading" },
        expect.objectContaining({ line: 1, message: expect.stringContaining("checklist item before the first") }),
        expect.objectContaining({ line: 3, message: expect.stringContaining("not a checklist item") }),
        expect.objectContaining({ line: 5, message: expect.stringContaining("only http and https") }),
        expect.objectContaining({ line: 6, message: expect.stringContaining("use `##`") }),
      ]),
    );
  });

  it("rejects unknown resource kinds and duplicate pinned keys", () => {
    const error = parseError(
      "# R\n## S\n- [ ] A <!-- key: k -->\n  - blog: [x](https://e.com)\n- [ ] B <!-- key: k -->\n",
    );
    expect(error.message).toContain('line 4: unknown resource kind "blog"');
    expect(error.message).toContain('line 5: the key "k" is already used on line 3');
  });

  it("needs at least one section with items", () => {
    expect(parseError("# Only a title\n").message).toContain("at least one `## Section`");
    expect(parseError("# T\n## Empty\n").message).toContain('section "Empty" has no');
  });
});
