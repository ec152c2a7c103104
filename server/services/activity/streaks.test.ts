import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeStreaks } from "./streaks";
import { addDays } from "../../../shared/time-zone";

describe("computeStreaks", () => {
  const today = "2026-03-10";

  it("is zero without activity", () => {
    expect(computeStreaks([], today)).toEqual({ current: 0, longest: 0 });
  });

  it("counts a run ending today or yesterday as current", () => {
    expect(computeStreaks(["2026-03-08", "2026-03-09", "2026-03-10"], today)).toEqual({ current: 3, longest: 3 });
    expect(computeStreaks(["2026-03-08", "2026-03-09"], today)).toEqual({ current: 2, longest: 2 });
    expect(computeStreaks(["2026-03-07", "2026-03-08"], today)).toEqual({ current: 0, longest: 2 });
  });

  it("finds the longest run across month and leap-year boundaries", () => {
    const days = ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2026-03-10"];
    expect(computeStreaks(days, today)).toEqual({ current: 1, longest: 4 });
  });

  it("never reports a current streak longer than the longest", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }), (offsets) => {
        const days = offsets.map((offset) => addDays(today, -offset));
        const { current, longest } = computeStreaks(days, today);
        expect(current).toBeLessThanOrEqual(longest);
        expect(longest).toBeLessThanOrEqual(days.length);
        if (days.length > 0) expect(longest).toBeGreaterThan(0);
      }),
    );
  });
});
