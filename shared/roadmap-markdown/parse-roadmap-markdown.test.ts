import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWithRemark } from "../../e2e/support/remark-roadmap-oracle";
import { readChecklistLines, ORIGINAL_BACKEND_ROADMAP as ORIGINAL } from "../../e2e/support/roadmap-source";
import { IMPORT_LIMITS } from "./import-limits";
import { parseRoadmapMarkdown } from "./parse-roadmap-markdown";
import { RoadmapParseError, type ParsedItem, type ParsedRoadmap } from "./parsed-roadmap";
import type { RoadmapProblem } from "./problem-messages";

/** A problem as the API's message says it (the code and values are checked in problem-messages.test.ts). */
const sentence = ({ line, message }: RoadmapProblem) => ({ line, message });

const CURATED = path.resolve(import.meta.dirname, "../../prisma/roadmaps/backend.md");

function flatItems(draft: ParsedRoadmap) {
  const out: { depth: number; text: string }[][] = [];
  const walk = (items: ParsedItem[], depth: number, into: { depth: number; text: string }[]) => {
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

function allItems(draft: ParsedRoadmap): ParsedItem[] {
  return draft.sections.flatMap((s) =>
    s.items.flatMap(function walk(i: ParsedItem): ParsedItem[] {
      return [i, ...i.children.flatMap(walk)];
    }),
  );
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

/** Titles of items, nested under their parents, as `title > child`. */
function outline(draft: ParsedRoadmap): string[] {
  const lines: string[] = [];
  const walk = (items: ParsedItem[], prefix: string) =>
    items.forEach((item) => {
      lines.push(prefix + item.title);
      walk(item.children, `${prefix}${item.title} > `);
    });
  for (const section of draft.sections) walk(section.items, `${section.title}: `);
  return lines;
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

  it.each([
    ["the original seed checklist", ORIGINAL],
    ["our curated copy", CURATED],
  ])("reads %s exactly as the remark-based importer did (keys, titles, resources, description)", (_l, file) => {
    const markdown = fs.readFileSync(file, "utf8");
    // The remark-based importer predates skill claims (tested on their own below).
    const strip = (draft: ParsedRoadmap) =>
      JSON.parse(JSON.stringify(draft, (k, v) => (k === "mark" || k === "skill" ? undefined : v)));
    const { line: _line, ...withoutLines } = { line: 0 };
    void withoutLines;
    const ours = strip(parseRoadmapMarkdown(markdown));
    for (const section of ours.sections) delete section.line;
    expect(ours).toEqual(strip(parseWithRemark(markdown)));
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
    for (const item of allItems(draft)) {
      expect(item.resources.length, item.title).toBeGreaterThanOrEqual(1);
      expect(item.resources.length, item.title).toBeLessThanOrEqual(3);
    }
    const postgres = allItems(draft).find((i) => i.title.startsWith("Explore relational database management"))!;
    expect(postgres.resources[0]).toMatchObject({ kind: "OFFICIAL", url: "https://www.postgresql.org/docs/current/" });
  });

  it("gives every item a unique key that does not depend on its position", () => {
    const draft = parseRoadmapMarkdown(original);
    const keys = new Set(allItems(draft).map((item) => item.key));
    expect(keys.size).toBe(44);
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
    const error = parseError(`# R\n## S\n- [ ] A <!-- key: sql.basics -->\n- [ ] B <!-- key: ${"k".repeat(65)} -->\n`);
    expect(error.message).toContain("line 3: a key comment must read");
    expect(error.message).toContain("line 4: a key may be at most 64 characters");
  });

  it("reads an item's skill claim beside its key, in either order, and leaves it out of the title", () => {
    const draft = parseRoadmapMarkdown(
      [
        "# R",
        "## S",
        "- [ ] Version control with Git <!-- skill: git --> <!-- key: git -->",
        "  - [ ] Branches <!-- key: branches --> <!-- skill: git-branching -->",
        "- [ ] No claim",
        "- [ ] Tight <!--skill:sql-->",
      ].join("\n"),
    );
    const [git, branches, plain, tight] = allItems(draft);
    expect(tight).toMatchObject({ title: "Tight", skill: "sql" });
    expect(git).toMatchObject({ title: "Version control with Git", key: "git", skill: "git" });
    expect(branches).toMatchObject({ title: "Branches", key: "branches", skill: "git-branching" });
    expect(plain!.skill).toBeUndefined();
    expect("skill" in plain!).toBe(false);
  });

  it("reports a malformed skill name, two skill claims on one item, and a claim on a line of its own", () => {
    const error = parseError(
      [
        "# R",
        "## S",
        "- [ ] A <!-- skill: Git -->",
        "- [ ] B <!-- skill: git --> <!-- skill: sql -->",
        "- [ ] C <!-- skill: web_apis -->",
        `- [ ] D <!-- skill: ${"s".repeat(41)} -->`,
        "- [ ] E <!-- skill: -->",
        "- [ ] F <!-- skill: -git -->",
        "",
        "<!-- skill: git -->",
        `- [ ] G <!-- skill: ${"s".repeat(40)} -->`,
      ].join("\n"),
    );
    const malformed = expect.stringContaining("a skill comment must read `<!-- skill: some-skill -->`");
    expect(error.problems.map(sentence)).toEqual([
      { line: 3, message: malformed },
      { line: 4, message: "an item may claim one skill: write one `<!-- skill: some-skill -->` comment" },
      { line: 5, message: malformed },
      { line: 6, message: malformed },
      { line: 7, message: malformed },
      { line: 8, message: malformed },
      { line: 10, message: "a skill comment must be at the end of its item's line, not on a line of its own" },
    ]);
    expect(error.problems[0]!.message).toContain("at most 40 characters");
  });

  it("reports every problem with its line number, in line order", () => {
    const error = parseError(
      ["- [ ] orphan", "## S", "- plain bullet", "- [ ] ok", "  - [bad](javascript:alert(1))", "## Empty"].join("\n"),
    );
    expect(error.problems.map(sentence)).toEqual([
      { line: 1, message: "the roadmap needs a `# Title` heading" },
      { line: 3, message: "not a checklist item: write it as `- [ ] text`" },
      { line: 5, message: "only http and https links are allowed (found javascript:)" },
      { line: 6, message: 'section "Empty" has no `- [ ]` items' },
    ]);
  });

  it("rejects unknown resource kinds and duplicate pinned keys", () => {
    const error = parseError(
      "# R\n## S\n- [ ] A <!-- key: k -->\n  - blog: [x](https://e.com)\n- [ ] B <!-- key: k -->\n",
    );
    expect(error.message).toContain('line 4: unknown resource kind "blog"');
    expect(error.message).toContain('line 5: the key "k" is already used on line 3');
  });

  it("needs a title and at least one section with items", () => {
    expect(parseError("# Only a title\n").message).toContain("at least one `## Section`");
    expect(parseError("# T\n## Empty\n").message).toContain('section "Empty" has no');
  });
});

/** Twenty-odd inputs a learner's file may hold, each a trap for a naive reader. */
describe("tricky checklists", () => {
  it("1. reads a plain GitHub task list with no sections as one section", () => {
    const draft = parseRoadmapMarkdown("# Plan\n\n- [ ] one\n- [x] two\n");
    expect(draft.sections.map((s) => [s.title, s.key])).toEqual([["Checklist", "checklist"]]);
    expect(outline(draft)).toEqual(["Checklist: one", "Checklist: two"]);
  });

  it("2. takes CRLF, CR and LF line endings alike", () => {
    const lf = parseRoadmapMarkdown("# T\n## S\n- [ ] a\n  - [ ] b\n");
    expect(parseRoadmapMarkdown("# T\r\n## S\r\n- [ ] a\r\n  - [ ] b\r\n")).toEqual(lf);
    expect(parseRoadmapMarkdown("# T\r## S\r- [ ] a\r  - [ ] b\r")).toEqual(lf);
  });

  it("3. nests with tabs as with spaces (tab stops of four columns)", () => {
    const draft = parseRoadmapMarkdown("# T\n## S\n- [ ] a\n\t- [ ] b\n\t\t- [ ] c\n  \t- [ ] d\n");
    // d starts at column 4, like b: b's sibling, not its child (b's content starts at column 6).
    expect(outline(draft)).toEqual(["S: a", "S: a > b", "S: a > b > c", "S: a > d"]);
  });

  it("4. nests by CommonMark's content column: one space is a sibling, the item's text column a child", () => {
    const draft = parseRoadmapMarkdown("# T\n## S\n- [ ] a\n - [ ] sibling\n   - [ ] child\n");
    expect(outline(draft)).toEqual(["S: a", "S: sibling", "S: sibling > child"]);
  });

  it("5. nests four levels with four-space indentation and any bullet (*, +, -, 1.)", () => {
    const draft = parseRoadmapMarkdown("# T\n## S\n* [ ] a\n    + [ ] b\n        - [ ] c\n            1. [ ] d\n");
    expect(outline(draft)).toEqual(["S: a", "S: a > b", "S: a > b > c", "S: a > b > c > d"]);
  });

  it("6. reads the checkbox markers of the export: [x] and [X] done, [/] in progress, [-] skipped", () => {
    const draft = parseRoadmapMarkdown("# T\n## S\n- [x] a\n- [X] b\n- [/] c\n- [-] d\n- [ ] e\n");
    expect(allItems(draft).map((item) => item.mark)).toEqual(["DONE", "DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"]);
  });

  it("7. reports a checkbox glued to its bullet instead of dropping the line", () => {
    expect(parseError("# T\n## S\n- [ ] a\n-[ ] b\n").problems.map(sentence)).toEqual([
      { line: 4, message: "write a space between the list marker and the checkbox: `- [ ] text`" },
    ]);
  });

  it("8. joins an item's wrapped lines into one title, and reads a key pinned on the second line", () => {
    const draft = parseRoadmapMarkdown("# T\n## S\n- [ ] Learn SQL\n  basics <!-- key: sql -->\n");
    expect(allItems(draft)[0]).toMatchObject({ title: "Learn SQL basics", key: "sql" });
  });

  it("9. reports a key comment on a line of its own rather than ignore it", () => {
    expect(sentence(parseError("# T\n## S\n- [ ] a\n\n<!-- key: a-key -->\n").problems[0]!)).toEqual({
      line: 5,
      message: "a key comment must be at the end of its item's line, not on a line of its own",
    });
  });

  it("10. reads roadmap.sh's [@type@Title](url) links with their kinds, on item lines and resource lines", () => {
    const draft = parseRoadmapMarkdown(
      [
        "# T",
        "## S",
        "- [ ] Go [@official@Go docs](https://go.dev/doc)",
        "  - [@video@Intro](https://example.com/v)",
        "  - [@opensource@Repo](https://example.com/r)",
        "  - [@feed@News](https://app.daily.dev/go)",
        "  - [@course@Course](https://example.com/c) and [@book@Book](https://example.com/b)",
      ].join("\n"),
    );
    const item = allItems(draft)[0]!;
    expect(item.title).toBe("Go Go docs");
    expect(item.resources.map((r) => [r.title, r.kind])).toEqual([
      ["Go docs", "OFFICIAL"],
      ["Intro", "VIDEO"],
      ["Repo", "OPENSOURCE"],
      ["News", "ARTICLE"],
      ["Course", "COURSE"],
      ["Book", "BOOK"],
    ]);
  });

  it("11. reads any roadmap.sh type, keeping one Waymark has no kind for as written, under the nearest kind", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] a\n  - [@blog@X](https://e.com)\n  - [@Paper@Y](https://e.com/y)\n",
    );
    expect(allItems(draft)[0]!.resources).toEqual([
      { title: "X", url: "https://e.com", kind: "ARTICLE", writtenType: "blog" },
      { title: "Y", url: "https://e.com/y", kind: "ARTICLE", writtenType: "paper" },
    ]);
  });

  it("12. never reads lines inside fenced code blocks as items, however they look", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] real\n\n```md\n- [ ] not an item\n## Not a section\n```\n~~~\n- [x] no\n~~~\n",
    );
    expect(outline(draft)).toEqual(["S: real"]);
  });

  it("13. treats quotes, prose, tables, rules and HTML comments in a section as commentary", () => {
    const draft = parseRoadmapMarkdown(
      [
        "# T",
        "## S",
        "Some prose about the section.",
        "",
        "> - [ ] a quoted task is not a task",
        "",
        "| a | b |",
        "|---|---|",
        "",
        "***",
        "<!--",
        "- [ ] commented out",
        "-->",
        "- [ ] real",
      ].join("\n"),
    );
    expect(outline(draft)).toEqual(["S: real"]);
  });

  it("14. strips emphasis, code and HTML from titles and keeps escaped characters", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] Learn **SQL** `JOIN`s <kbd>and</kbd> \\*stars\\* &amp; more\n",
    );
    expect(allItems(draft)[0]!.title).toBe("Learn SQL JOINs and *stars* & more");
  });

  it("15. resolves reference links, wherever their definition is", () => {
    const draft = parseRoadmapMarkdown(
      '# T\n## S\n- [ ] Read [the docs][docs] and [MDN]\n\n[docs]: https://go.dev/doc\n[mdn]: <https://developer.mozilla.org/> "MDN"\n',
    );
    expect(allItems(draft)[0]!.resources.map((r) => [r.title, r.url])).toEqual([
      ["the docs", "https://go.dev/doc"],
      ["MDN", "https://developer.mozilla.org/"],
    ]);
  });

  it("16. turns bare http(s) addresses and <autolinks> into resources, trailing punctuation excluded", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] See https://en.wikipedia.org/wiki/Go_(language). Or <https://go.dev>.\n",
    );
    expect(allItems(draft)[0]!.resources.map((r) => r.url)).toEqual([
      "https://en.wikipedia.org/wiki/Go_(language)",
      // As written: no slash added.
      "https://go.dev",
    ]);
  });

  it("17. reads setext headings and closing hashes", () => {
    const draft = parseRoadmapMarkdown("Title\n=====\n\nSection one\n-----------\n- [ ] a\n\n## Two ##\n- [ ] b\n");
    expect(draft.title).toBe("Title");
    expect(draft.sections.map((s) => s.title)).toEqual(["Section one", "Two"]);
  });

  it("18. titles deeper headings after the headings above them, and a heading with no items only groups", () => {
    const draft = parseRoadmapMarkdown("# T\n## Frontend\n### HTML\n- [ ] a\n### CSS\n- [ ] b\n## Backend\n- [ ] c\n");
    expect(draft.sections.map((s) => s.title)).toEqual(["Frontend: HTML", "Frontend: CSS", "Backend"]);
  });

  it("19. reports a task nested under a plain bullet, and a bullet without a link under an item", () => {
    expect(parseError("# T\n## S\n- [ ] a\n  - notes\n    - [ ] b\n").problems.map(sentence)).toEqual([
      { line: 4, message: "an indented line must be a `- [ ]` child item or a link to a resource" },
      { line: 5, message: "a checklist item can only be nested under another checklist item" },
    ]);
  });

  it("20. refuses items nested deeper than the limit, naming the line", () => {
    const lines = ["# T", "## S"];
    for (let depth = 0; depth <= IMPORT_LIMITS.depth; depth += 1)
      lines.push(`${"  ".repeat(depth)}- [ ] level ${depth}`);
    expect(parseError(lines.join("\n")).problems.map(sentence)).toEqual([
      {
        line: 3 + IMPORT_LIMITS.depth,
        message: `checklist items may be nested at most ${IMPORT_LIMITS.depth} levels deep`,
      },
    ]);
  });

  it("21. refuses a file over the size limit before reading it, counting UTF-8 bytes", () => {
    const big = `# T\n## S\n- [ ] ${"é".repeat(IMPORT_LIMITS.fileBytes / 2)}\n`;
    expect(parseError(big).problems.map(sentence)).toEqual([
      { line: 1, message: "the file is larger than 2,100,000 bytes" },
    ]);
  });

  it("22. refuses an overlong line and an overlong title", () => {
    const problems = parseError(
      `# T\n## S\n- [ ] ${"a".repeat(301)}\n- [ ] ${"b".repeat(IMPORT_LIMITS.lineChars)}\n`,
    ).problems;
    expect(problems.map(sentence)).toEqual([
      { line: 3, message: "text longer than 300 characters" },
      { line: 4, message: `this line is longer than ${IMPORT_LIMITS.lineChars.toLocaleString("en-US")} characters` },
    ]);
  });

  it("23. lists at most 100 problems, says there are more, and reads no further", () => {
    const problems = parseError(`# T\n## S\n- [ ] a\n\n${"-[ ] glued\n".repeat(150)}`).problems;
    expect(problems).toHaveLength(101);
    expect(sentence(problems.at(-1)!)).toEqual({
      line: 104,
      message: "more problems follow: only the first 100 are listed",
    });
  });

  it("24. keeps an ordered line inside prose as prose, and a lazy line as part of the item above", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] Learn the\nbasics\n\nIn 2024 we said:\n2. this is prose\n- [ ] b\n",
    );
    expect(outline(draft)).toEqual(["S: Learn the basics", "S: b"]);
  });

  it("25. reads a byte-order mark, trailing spaces and blank lines between items as nothing", () => {
    const draft = parseRoadmapMarkdown("\ufeff# T  \n\n## S   \n\n- [ ] a   \n\n\n- [ ] b\n\n");
    expect(draft.title).toBe("T");
    expect(outline(draft)).toEqual(["S: a", "S: b"]);
  });

  it("26. keeps keys of any script that the slugger derives, and lets them be pinned", () => {
    const draft = parseRoadmapMarkdown("# T\n## S\n- [ ] Café crème\n- [ ] Другой <!-- key: другой_ключ -->\n");
    expect(allItems(draft).map((item) => item.key)).toEqual(["café-crème", "другой_ключ"]);
  });

  it("27. reads a resource line's links all with its label, and refuses a line of links to nowhere", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] a\n  - Video: [one](https://e.com/1), [two](https://e.com/2)\n",
    );
    expect(allItems(draft)[0]!.resources.map((r) => r.kind)).toEqual(["VIDEO", "VIDEO"]);
    expect(parseError("# T\n## S\n- [ ] a [x](not-a-url)\n").message).toContain(
      'line 3: "not-a-url" is not an absolute URL',
    );
  });
});
