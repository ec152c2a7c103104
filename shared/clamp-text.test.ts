import { describe, expect, it } from "vitest";
import { clampText } from "./clamp-text";

describe("clampText", () => {
  it("keeps text that fits", () => {
    expect(clampText("Learning Go", 20)).toBe("Learning Go");
    expect(clampText("  padded  ", 6)).toBe("padded");
  });

  it("cuts at a word's end, with an ellipsis, within the limit", () => {
    const title = "A very long roadmap title about distributed systems, databases and everything between them";
    const clamped = clampText(title, 40);
    expect(clamped).toBe("A very long roadmap title about…");
    expect(Array.from(clamped).length).toBeLessThanOrEqual(40);
  });

  it("cuts inside a word when no word ends near the limit, and never splits a character", () => {
    expect(clampText("x".repeat(300), 90)).toBe(`${"x".repeat(89)}…`);
    const emoji = clampText("🦀".repeat(100), 10);
    expect(emoji).toBe(`${"🦀".repeat(9)}…`);
  });
});
