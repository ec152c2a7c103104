import { describe, expect, it } from "vitest";
import { checkTranslation, translationContent } from "./check-translation";
import { canonicalLanguageTag } from "./link-language";
import { parseRoadmapMarkdown } from "./parse-roadmap-markdown";
import { RoadmapParseError } from "./parsed-roadmap";
import { writeRoadmapMarkdown } from "./write-roadmap-markdown";

/* Links' languages (`<!-- lang: en -->`) and translations checked against their original (issue 25). */

const ORIGINAL = `# Git

## Setup

- [ ] Install Git <!-- key: install -->
  - official: [Downloads](https://git-scm.com/downloads)
  - [ ] Set an editor <!-- key: editor -->
- [ ] Commit <!-- key: commit --> <!-- skill: git -->

## Remotes

- [ ] Push <!-- key: push -->
`;

const problemsOf = (markdown: string) => {
  try {
    parseRoadmapMarkdown(markdown);
    return [];
  } catch (error) {
    if (error instanceof RoadmapParseError) return error.problems;
    throw error;
  }
};

describe("a link's language", () => {
  it("is read from its line, kept canonical, and written back by the export", () => {
    const draft = parseRoadmapMarkdown(
      "# R\n\n## S\n\n- [ ] Item [inline](https://a.example/x) <!-- lang: PT-br -->\n  - official: [Docs](https://a.example/docs) <!-- lang: en -->\n  - video: [Talk](https://a.example/talk)\n",
    );
    const resources = draft.sections[0]!.items[0]!.resources;
    expect(resources.map((resource) => resource.language)).toEqual(["pt-BR", "en", undefined]);
    const written = writeRoadmapMarkdown(draft);
    expect(written).toContain("- official: [Docs](https://a.example/docs) <!-- lang: en -->");
    expect(written).toContain("(https://a.example/x) <!-- lang: pt-BR -->");
    expect(parseRoadmapMarkdown(written).sections[0]!.items[0]!.resources).toEqual(resources);
  });

  it.each([
    ["not a tag", "  - official: [Docs](https://a.example) <!-- lang: english language -->"],
    ["two tags", "  - official: [Docs](https://a.example) <!-- lang: en --> <!-- lang: de -->"],
    ["a line without links", "- [ ] An item <!-- lang: en -->"],
  ])("is a problem with its line when it is %s", (_what, line) => {
    const markdown = `# R\n\n## S\n\n- [ ] Item\n${line}\n`;
    expect(problemsOf(markdown).map((problem) => problem.line)).toContain(6);
  });

  it("accepts BCP 47 tags only", () => {
    expect(canonicalLanguageTag("pt-br")).toBe("pt-BR");
    expect(canonicalLanguageTag("zh-hant-tw")).toBe("zh-Hant-TW");
    for (const tag of ["", "e", "english language", "en_US", "x".repeat(40), "../../etc"]) {
      expect(canonicalLanguageTag(tag), tag).toBeNull();
    }
  });
});

describe("checkTranslation", () => {
  const original = parseRoadmapMarkdown(ORIGINAL);
  const check = (markdown: string) => checkTranslation(original, parseRoadmapMarkdown(markdown));
  const SPANISH = ORIGINAL.replace("# Git", "# Git en español")
    .replace("## Setup", "## Preparación")
    .replace("Install Git", "Instala Git")
    .replace(
      "  - official: [Downloads](https://git-scm.com/downloads)",
      "  - official: [Descargas](https://git-scm.com/downloads) <!-- lang: en -->",
    )
    .replace("Commit <!-- key: commit --> <!-- skill: git -->", "Haz commit <!-- key: commit -->");

  it("passes a translation with the original's keys, sections and parents, and gives its texts by key", () => {
    expect(check(SPANISH)).toEqual({ missing: [], extra: [], problems: [] });
    const content = translationContent(original, parseRoadmapMarkdown(SPANISH));
    expect(content.sections).toEqual({ setup: "Preparación", remotes: "Remotes" });
    expect(content.items.install).toEqual({
      title: "Instala Git",
      resources: [{ title: "Descargas", url: "https://git-scm.com/downloads", kind: "OFFICIAL", language: "en" }],
    });
    expect(content.items.commit).toEqual({ title: "Haz commit" });
  });

  it("lists missing keys with the original's lines and extra keys with their own", () => {
    const result = check(SPANISH.replace("<!-- key: push -->", "<!-- key: empujar -->"));
    expect(result.missing).toEqual([{ key: "push", title: "Push", originalLine: 12 }]);
    expect(result.extra).toEqual([{ key: "empujar", title: "Push", line: 12 }]);
    // The missing one is reported after the nearest item before it that is there.
    expect(result.problems.map((problem) => problem.line)).toEqual([8, 12]);
  });

  it("refuses items moved to another section or parent, sections added, and skills changed", () => {
    const moved = check(
      SPANISH.replace("- [ ] Haz commit <!-- key: commit -->\n", "").replace(
        "- [ ] Push <!-- key: push -->",
        "- [ ] Push <!-- key: push -->\n- [ ] Haz commit <!-- key: commit -->",
      ),
    );
    expect(moved.problems.map((problem) => problem.message)).toContain(
      '`commit` belongs in the original\'s section 1, "Setup"',
    );
    const parent = check(SPANISH.replace("  - [ ] Set an editor", "- [ ] Set an editor"));
    expect(parent.problems[0]!.message).toBe("`editor` belongs under `install`, as in the original (line 7)");
    const sections = check(`${SPANISH}\n## Extra\n\n- [ ] Extra <!-- key: extra -->\n`);
    expect(sections.problems.map((problem) => problem.message)).toContain(
      "the original has 2 sections and this translation 3: translate each of the original's sections, in the same order",
    );
    const skill = check(SPANISH.replace("<!-- key: push -->", "<!-- key: push --> <!-- skill: git -->"));
    expect(skill.problems[0]!.message).toBe("skills belong to the original, which claims none here: remove this claim");
  });

  it("checks a roadmap at the item limit against its translation in reverse order (matching is by key, in maps)", () => {
    const items = Array.from({ length: 5000 }, (_, index) => `- [ ] Item ${index} <!-- key: k${index} -->`).join("\n");
    const big = parseRoadmapMarkdown(`# Big\n\n## S\n\n${items}\n`);
    const reversed = parseRoadmapMarkdown(`# Grande\n\n## S\n\n${items.split("\n").reverse().join("\n")}\n`);
    expect(checkTranslation(big, reversed).problems).toEqual([]);
    const halved = parseRoadmapMarkdown(`# Grande\n\n## S\n\n${items.split("\n").slice(0, 2500).join("\n")}\n`);
    expect(checkTranslation(big, halved).missing).toHaveLength(2500);
  });
});
