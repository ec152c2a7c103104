import { describe, expect, it } from "vitest";
import { splitLastWord } from "./resource-link";

describe("splitLastWord", () => {
  it("keeps the last word with the icon", () => {
    expect(splitLastWord("MDN: HTTP caching ")).toEqual(["MDN: HTTP ", "caching"]);
    expect(splitLastWord("W3Schools")).toEqual(["", "W3Schools"]);
  });

  it("keeps only the last character of a word in a script written without spaces, which may then wrap", () => {
    expect(splitLastWord("GitHub Docs: プルリクエストについて")).toEqual(["GitHub Docs: プルリクエストについ", "て"]);
    expect(splitLastWord("公式ドキュメント😀")).toEqual(["公式ドキュメント", "😀"]);
    expect(splitLastWord("")).toEqual(["", ""]);
  });
});
