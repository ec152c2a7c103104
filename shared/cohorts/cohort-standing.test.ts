import { describe, expect, it } from "vitest";
import { bandOf, cohortStanding, median } from "./cohort-standing";

describe("the cohort's standing", () => {
  it("puts each completion in its tenth, 100 % in the last", () => {
    expect([0, 9.9, 10, 55, 99.9, 100].map(bandOf)).toEqual([0, 0, 1, 5, 9, 9]);
  });

  it("counts members per band and finds the viewer's place", () => {
    const standing = cohortStanding(
      [
        { userId: "a", percent: 0, pacePerWeek: 0 },
        { userId: "b", percent: 12.5, pacePerWeek: 2 },
        { userId: "c", percent: 18, pacePerWeek: 3 },
        { userId: "d", percent: 100, pacePerWeek: 5 },
      ],
      "b",
    );
    expect(standing.bands.map((band) => band.members)).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(standing.bands[1]).toEqual({ from: 10, to: 20, members: 2 });
    expect(standing.memberCount).toBe(4);
    expect(standing.medianPacePerWeek).toBe(2.5);
    expect(standing.viewer).toEqual({ percent: 12.5, band: 1, pacePerWeek: 2, membersAhead: 2 });
  });

  it("has no place for a viewer outside the figures, and zeros for an empty cohort", () => {
    const standing = cohortStanding([], "x");
    expect(standing.bands).toHaveLength(10);
    expect(standing.bands.every((band) => band.members === 0)).toBe(true);
    expect(standing.medianPacePerWeek).toBe(0);
    expect(standing.viewer).toBeNull();
  });

  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([1 / 3])).toBe(0.33);
  });
});
