import { describe, expect, it } from "vitest";
import { hasRightToLeft, visualRuns } from "./og-bidi";

describe("visualRuns (Arabic lines on the link-preview cards)", () => {
  it("makes each Arabic word a run and keeps Latin words together, in reading order", () => {
    expect(visualRuns("خريطة تعلّم من إعداد @octo")).toEqual(["خريطة", "تعلّم", "من", "إعداد", "@octo"]);
    expect(visualRuns("التقدّم في Backend Development Roadmap على Waymark")).toEqual([
      "التقدّم",
      "في",
      "Backend Development Roadmap",
      "على",
      "Waymark",
    ]);
  });

  it("keeps a separator between Arabic words on its own, and inside a Latin run when between Latin words", () => {
    expect(visualRuns("3 أقسام · 44 عنصرًا، مع مصادر")).toEqual(["3", "أقسام", "·", "44", "عنصرًا،", "مع", "مصادر"]);
    expect(visualRuns("سلسلة Go · Rust")).toEqual(["سلسلة", "Go · Rust"]);
  });

  it("tells which lines need it", () => {
    expect(hasRightToLeft("Learning roadmap by @octo")).toBe(false);
    expect(hasRightToLeft("@octo の学習ロードマップ")).toBe(false);
    expect(hasRightToLeft("خريطة تعلّم")).toBe(true);
  });
});
