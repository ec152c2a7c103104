import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "./import-limits";
import { parseRoadmapMarkdown } from "./parse-roadmap-markdown";
import { RoadmapParseError, type ParsedRoadmap } from "./parsed-roadmap";
import { writeRoadmapMarkdown } from "./write-roadmap-markdown";

function problems(markdown: string): string[] {
  try {
    parseRoadmapMarkdown(markdown);
  } catch (error) {
    if (error instanceof RoadmapParseError) return error.problems.map((p) => `line ${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

const itemResources = (draft: ParsedRoadmap) => draft.sections[0]!.items[0]!.resources;
/** A draft without its line numbers (an export's lines are not the file's). */
const withoutLines = (draft: ParsedRoadmap) =>
  JSON.parse(JSON.stringify(draft, (key, value) => (key === "line" ? undefined : value))) as unknown;

describe("roadmap.sh's link types", () => {
  const NEAREST: Record<string, string> = {
    guide: "ARTICLE",
    paper: "ARTICLE",
    tool: "INTERACTIVE",
    platform: "INTERACTIVE",
    dataset: "OPENSOURCE",
    conference: "VIDEO",
    group: "ARTICLE",
    community: "ARTICLE",
    research: "ARTICLE",
    report: "ARTICLE",
    framework: "OFFICIAL",
    standard: "OFFICIAL",
    policy: "OFFICIAL",
    feed: "ARTICLE",
    roadmap: "ARTICLE",
    whatever: "ARTICLE",
  };

  it("accepts every type, files each under its nearest kind and keeps the written type", () => {
    const types = Object.keys(NEAREST);
    const markdown = `# T\n\n## S\n\n- [ ] Learn\n${types.map((type) => `  - [@${type}@About ${type}](https://example.com/${type})`).join("\n")}\n`;
    expect(itemResources(parseRoadmapMarkdown(markdown))).toEqual(
      types.map((type) => ({
        title: `About ${type}`,
        url: `https://example.com/${type}`,
        kind: NEAREST[type],
        writtenType: type,
      })),
    );
  });

  it("keeps no written type when it is the kind's own name, and lets a label name the kind", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] a\n  - [@video@V](https://e.com/v)\n  - [@OpenSource@R](https://e.com/r)\n  - video: [@paper@P](https://e.com/p)\n",
    );
    expect(itemResources(draft)).toEqual([
      { title: "V", url: "https://e.com/v", kind: "VIDEO" },
      { title: "R", url: "https://e.com/r", kind: "OPENSOURCE" },
      { title: "P", url: "https://e.com/p", kind: "VIDEO", writtenType: "paper" },
    ]);
  });

  it("writes the type back in the export, which reads back the same (a type-like title stays text)", () => {
    const draft = parseRoadmapMarkdown(
      "# T\n## S\n- [ ] a\n  - [@paper@Attention](https://arxiv.org/abs/1706.03762)\n  - [@tool@\\@video@ not a type](https://e.com/t)\n",
    );
    const exported = writeRoadmapMarkdown(draft);
    expect(exported).toContain("  - article: [@paper@Attention](https://arxiv.org/abs/1706.03762)\n");
    expect(exported).toContain("  - interactive: [@tool@\\@video@ not a type](https://e.com/t)\n");
    expect(withoutLines(parseRoadmapMarkdown(exported))).toEqual(withoutLines(draft));
  });
});

describe("link addresses", () => {
  it("are kept as written, never normalised, and the export writes them back so", () => {
    const urls = [
      "https://github.com",
      "HTTPS://Example.COM/A/./b/../c?x=1#top",
      "https://例え.jp/パス",
      "https://example.com/%7Euser",
      "http://[::1]:8080",
    ];
    const markdown = `# T\n## S\n- [ ] a\n${urls.map((url) => `  - [link](${url})`).join("\n")}\n  - [spaced](<https://example.com/a b>)\n  - https://go.dev.\n`;
    const draft = parseRoadmapMarkdown(markdown);
    expect(itemResources(draft).map((resource) => resource.url)).toEqual([
      ...urls,
      "https://example.com/a b",
      "https://go.dev",
    ]);
    expect(withoutLines(parseRoadmapMarkdown(writeRoadmapMarkdown(draft)))).toEqual(withoutLines(draft));
  });

  it("are checked: http(s) written in full, bounded, without control characters or backslashes", () => {
    const line = (url: string) => problems(`# T\n## S\n- [ ] a [link](<${url}>)\n`);
    expect(line("javascript:alert(1)")).toEqual(["line 3: only http and https links are allowed (found javascript:)"]);
    expect(line("https:example.com")).toEqual([
      'line 3: "https:example.com" is not an absolute URL: write it as http://… or https://…',
    ]);
    expect(line("https://example.com/a\\b")).toEqual([
      "line 3: a link's address may not contain a backslash (write it as %5C)",
    ]);
    expect(line("https://example.com/a\u0001b")).toEqual([
      "line 3: a link's address may not contain control characters or tabs",
    ]);
    const long = `https://example.com/${"a".repeat(IMPORT_LIMITS.urlLength)}`;
    expect(line(long)).toEqual([
      `line 3: a link's address may be at most 2,048 characters (found ${long.length.toLocaleString("en-US")})`,
    ]);
    expect(line(long.slice(0, IMPORT_LIMITS.urlLength))).toEqual([]);
  });
});
