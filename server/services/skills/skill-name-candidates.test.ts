import { describe, expect, it } from "vitest";
import { skillNameCandidates } from "./skill-name-candidates";

describe("skillNameCandidates", () => {
  it("reads words and runs of adjacent words as skill names", () => {
    expect(skillNameCandidates("Learn Git basics")).toEqual([
      "learn",
      "learn-git",
      "learn-git-basics",
      "git",
      "git-basics",
      "basics",
    ]);
  });

  it("joins words split by punctuation and drops accents", () => {
    expect(skillNameCandidates("CI/CD pipelines")).toContain("ci-cd");
    expect(skillNameCandidates("Réseaux HTTP/2")).toEqual(expect.arrayContaining(["reseaux", "http", "http-2"]));
  });

  it("gives nothing for a title without letters or digits", () => {
    expect(skillNameCandidates("  -- !! ")).toEqual([]);
  });

  it("stays bounded for the longest titles", () => {
    const names = skillNameCandidates(Array.from({ length: 150 }, (_, index) => `w${index}`).join(" "));
    expect(names.length).toBeLessThanOrEqual(3 * 40 + 1);
    expect(names.every((name) => name.length <= 40)).toBe(true);
  });
});
