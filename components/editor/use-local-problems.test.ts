import { describe, expect, it } from "vitest";
import { pinKeys } from "./pin-keys";
import { checkMarkdown } from "./use-local-problems";

describe("the editor's own check of the file", () => {
  const FILE = [
    "# Reading list",
    "",
    "## Papers",
    "",
    "- [ ] Transformers",
    "  - [@paper@Attention](https://arxiv.org/abs/1706.03762)",
    "  - [@tool@Annotated](https://github.com)",
    "  - [@paper@BERT](https://arxiv.org/abs/1810.04805)",
    "  - [@video@Talk](https://example.com/talk)",
    "",
  ].join("\n");

  it("says which roadmap.sh types went under which kind, with how many links", () => {
    expect(checkMarkdown(FILE).summary?.writtenTypes).toEqual([
      { type: "paper", kind: "ARTICLE", links: 2 },
      { type: "tool", kind: "INTERACTIVE", links: 1 },
    ]);
  });

  it("gives the size the limit measures, which pinning every key does not change", () => {
    const pinned = pinKeys(FILE);
    expect(pinned).toContain("<!-- key: transformers -->");
    const size = checkMarkdown(FILE).summary!.bytes;
    expect(size).toBeGreaterThan(0);
    expect(checkMarkdown(pinned).summary!.bytes).toBe(size);
  });
});
