import { describe, expect, it } from "vitest";
import { badgeSvg, completionBadge, NOT_FOUND_BADGE, textWidth } from "./badge-svg";

describe("badgeSvg", () => {
  it("draws the roadmap and the percentage, light and dark, as small well-formed SVG", () => {
    const light = badgeSvg(completionBadge("Backend Development", 42), "light");
    const dark = badgeSvg(completionBadge("Backend Development", 42), "dark");
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
    const svg = badgeSvg(completionBadge(`<script>alert("x")</script> & more ${"x".repeat(80)}`, 5), "light");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;alert(&#34;x&#34;)");
    expect(svg).toContain("…</text>");
  });

  it("gives wider boxes to wider text", () => {
    expect(textWidth("mmmm")).toBeGreaterThan(textWidth("iiii"));
    expect(textWidth("100%", true)).toBeGreaterThan(textWidth("100%"));
  });

  it("has one neutral not-found badge", () => {
    expect(badgeSvg(NOT_FOUND_BADGE, "light")).toContain(">not found</text>");
    expect(badgeSvg(NOT_FOUND_BADGE, "dark")).toContain(">Waymark</text>");
  });
});
