import { describe, expect, it } from "vitest";
import { testTranslator } from "../i18n/test-translator";
import { badgeSvg, completionBadge, notFoundBadge, textWidth } from "./badge-svg";

const english = testTranslator("en", "Badge");

describe("badgeSvg", () => {
  it("draws the roadmap and the percentage, light and dark, as small well-formed SVG", () => {
    const light = badgeSvg(completionBadge("Backend Development", 42, english), "light");
    const dark = badgeSvg(completionBadge("Backend Development", 42, english), "dark");
    for (const svg of [light, dark]) {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="22"/);
      expect(svg).toContain(">Backend Development</text>");
      expect(svg).toContain(">42%</text>");
      expect(svg).toContain('aria-label="Backend Development · 42% on Waymark"');
      expect(Buffer.byteLength(svg)).toBeLessThan(1500);
    }
    expect(light).toContain('fill="#047857"');
    expect(dark).toContain('fill="#34d399"');
    expect(light).not.toBe(dark);
  });

  it("escapes what a title could carry, and shortens long titles", () => {
    const svg = badgeSvg(completionBadge(`<script>alert("x")</script> & more ${"x".repeat(80)}`, 5, english), "light");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;alert(&#34;x&#34;)");
    expect(svg).toContain("…</text>");
  });

  it("gives wider boxes to wider text", () => {
    expect(textWidth("mmmm")).toBeGreaterThan(textWidth("iiii"));
    expect(textWidth("100%", true)).toBeGreaterThan(textWidth("100%"));
  });

  it("has one neutral not-found badge", () => {
    expect(badgeSvg(notFoundBadge(english), "light")).toContain(">not found</text>");
    expect(badgeSvg(notFoundBadge(english), "dark")).toContain(">Waymark</text>");
    expect(badgeSvg(notFoundBadge(english), "dark")).toContain('aria-label="Waymark · not found on Waymark"');
  });

  it("says its words in the badge's language, the roadmap's title as it is", () => {
    const japanese = badgeSvg(completionBadge("Backend Development", 42, testTranslator("ja", "Badge")), "light");
    expect(japanese).toContain(">Backend Development</text>");
    expect(japanese).toContain('aria-label="Backend Development · 42%（Waymark）"');
    expect(badgeSvg(notFoundBadge(testTranslator("ja", "Badge")), "light")).toContain(">見つかりません</text>");
    const arabic = badgeSvg(completionBadge("Backend Development", 42, testTranslator("ar", "Badge")), "light");
    expect(arabic).toContain(">42٪</text>");
    expect(arabic).toContain('aria-label="Backend Development · 42٪ على Waymark"');
    expect(badgeSvg(notFoundBadge(testTranslator("ar", "Badge")), "dark")).toContain(">غير موجود</text>");
  });
});
