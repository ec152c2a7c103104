import { describe, expect, it } from "vitest";
import { splitLastWord } from "./resource-link";

describe("splitLastWord", () => {
  it("keeps the last word with the icon", () => {
    expect(splitLastWord("MDN: HTTP caching ")).toEqual(["MDN: HTTP ", "caching"]);
  });

  it("keeps only the last character of a title without spaces, which may then wrap", () => {
    expect(splitLastWord("GitHubDocs:プルリクエストについて")).toEqual(["GitHubDocs:プルリクエストについ", "て"]);
    expect(splitLastWord("絵文字😀")).toEqual(["絵文字", "😀"]);
    expect(splitLastWord("")).toEqual(["", ""]);
  });
});
