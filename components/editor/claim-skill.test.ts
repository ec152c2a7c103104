import { describe, expect, it } from "vitest";
import { parseRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import { claimSkillOnLine, itemAtLine, lineAtOffset } from "./claim-skill";

const MARKDOWN =
  "# T\n\n## S\n\n- [ ] Learn Git <!-- key: git-basics -->\n  - [Docs](https://git-scm.com/doc)\n- [ ] SQL   \n";

describe("claimSkillOnLine", () => {
  it("adds the claim at the end of the item's line, beside its key pin, and the file still reads", () => {
    const claimed = claimSkillOnLine(claimSkillOnLine(MARKDOWN, 5, "git"), 7, "sql");
    expect(claimed).toBe(
      "# T\n\n## S\n\n- [ ] Learn Git <!-- key: git-basics --> <!-- skill: git -->\n  - [Docs](https://git-scm.com/doc)\n- [ ] SQL <!-- skill: sql -->\n",
    );
    const items = parseRoadmapMarkdown(claimed).sections[0]!.items;
    expect(items.map((item) => [item.key, item.skill])).toEqual([
      ["git-basics", "git"],
      ["sql", "sql"],
    ]);
  });

  it("replaces a claim the line already has, and keeps CRLF line breaks", () => {
    const crlf = "# T\r\n\r\n## S\r\n\r\n- [ ] Git <!-- skill: Git_x --> <!-- key: k -->\r\n";
    expect(claimSkillOnLine(crlf, 5, "git")).toBe(
      "# T\r\n\r\n## S\r\n\r\n- [ ] Git <!-- key: k --> <!-- skill: git -->\r\n",
    );
  });

  it("leaves the markdown alone for a line that is not there", () => {
    expect(claimSkillOnLine(MARKDOWN, 99, "git")).toBe(MARKDOWN);
    expect(claimSkillOnLine(MARKDOWN, 0, "git")).toBe(MARKDOWN);
  });
});

describe("lineAtOffset", () => {
  it("counts LF, CRLF and CR line breaks before the offset", () => {
    expect(lineAtOffset("a\nb\r\nc\rd", 0)).toBe(1);
    expect(lineAtOffset("a\nb\r\nc\rd", 2)).toBe(2);
    expect(lineAtOffset("a\nb\r\nc\rd", 5)).toBe(3);
    expect(lineAtOffset("a\nb\r\nc\rd", 7)).toBe(4);
    expect(lineAtOffset("a\nb", 99)).toBe(2);
  });
});

describe("itemAtLine", () => {
  const outline = [{ line: 5 }, { line: 7 }, { line: 9 }];
  it("finds the item whose line or links' lines the caret is on, and none before the first", () => {
    expect(itemAtLine(outline, 4)).toBeNull();
    expect(itemAtLine(outline, 5)).toEqual({ line: 5 });
    expect(itemAtLine(outline, 6)).toEqual({ line: 5 });
    expect(itemAtLine(outline, 99)).toEqual({ line: 9 });
    expect(itemAtLine([], 3)).toBeNull();
  });
});
