import { describe, expect, it } from "vitest";
import { parseRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import { pinKeys } from "./pin-keys";

describe("pinKeys", () => {
  it("pins the current key of every item that has none, and keeps every other line as it was", () => {
    const markdown = "# T\r\n\r\n## S\r\n\r\n- [ ] First item   \r\n  - [x] Second <!-- key: mine -->\r\n\tprose\r\n";
    const pinned = pinKeys(markdown);
    expect(pinned).toBe(
      "# T\r\n\r\n## S\r\n\r\n- [ ] First item <!-- key: first-item -->\r\n  - [x] Second <!-- key: mine -->\r\n\tprose\r\n",
    );
    expect(parseRoadmapMarkdown(pinned)).toEqual(parseRoadmapMarkdown(markdown));
    // Now the first item can be reworded without losing its key.
    expect(parseRoadmapMarkdown(pinned.replace("First item", "The first item")).sections[0]!.items[0]!.key).toBe(
      "first-item",
    );
  });

  it("leaves a file with problems alone", () => {
    expect(pinKeys("- [ ] no title\n")).toBe("- [ ] no title\n");
  });
});
