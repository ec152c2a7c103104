import { describe, expect, it } from "vitest";
import { sameSitePath } from "./same-site-path";

const ORIGIN = "https://waymark.example";

describe("sameSitePath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(sameSitePath("/roadmaps/new")).toBe("/roadmaps/new");
    expect(sameSitePath("/roadmaps/backend?q=api#item-1")).toBe("/roadmaps/backend?q=api#item-1");
    expect(sameSitePath(`${ORIGIN}/settings/tokens`, ORIGIN)).toBe("/settings/tokens");
  });

  it("refuses other sites, whatever their disguise", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example/path",
      "/\\evil.example",
      "\\\\evil.example",
      "/.//evil.example",
      "/%2e//evil.example",
      "javascript:alert(1)",
      "data:text/html,x",
      " //evil.example",
      "\t//evil.example",
      `${ORIGIN}.evil.example/`,
      "http://waymark.example/",
    ]) {
      expect(sameSitePath(value, ORIGIN), value).toBeNull();
    }
    // Without this site's origin, no absolute address is trusted.
    expect(sameSitePath(`${ORIGIN}/roadmaps/new`)).toBeNull();
  });

  it("refuses junk", () => {
    for (const value of [undefined, null, 42, "", "x".repeat(3000), ["/a"]]) {
      expect(sameSitePath(value, ORIGIN)).toBeNull();
    }
  });
});
