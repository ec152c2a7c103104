import { describe, expect, it } from "vitest";
import { intervalLabel } from "./interval-label";

describe("intervalLabel", () => {
  it("says days, then months, then years", () => {
    expect([0, 1, 6, 59, 60, 400, 900].map(intervalLabel)).toEqual([
      "today",
      "in 1 day",
      "in 6 days",
      "in 59 days",
      "in 2 months",
      "in 13 months",
      "in 2 years",
    ]);
  });
});
