import { describe, expect, it } from "vitest";
import { normaliseTitle, titleSimilarity } from "./title-similarity";

describe("titleSimilarity", () => {
  it("reads a reworded title as alike and another title as different", () => {
    expect(titleSimilarity("Read chapters 1-3", "Read chapters 1-4")).toBeGreaterThan(0.85);
    expect(titleSimilarity("Install Go", "Install the Go toolchain")).toBeGreaterThanOrEqual(0.5);
    expect(titleSimilarity("Goroutines", "Generics")).toBeLessThan(0.5);
    expect(titleSimilarity("Channels", "Read chapters 1-3")).toBeLessThan(0.2);
  });

  it("ignores case, accents and punctuation, and scores identical titles 1 and empty ones 0", () => {
    expect(normaliseTitle("  Élan — VITAL!! ")).toBe("elan vital");
    expect(titleSimilarity("Élan vital", "elan, vital")).toBe(1);
    expect(titleSimilarity("a", "b")).toBe(0);
    expect(titleSimilarity("ab", "ab ab")).toBeCloseTo(2 / 5);
  });
});
