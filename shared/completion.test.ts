import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ItemStatus } from "../server/db/generated/enums";
import { computeCompletion } from "./completion";

const statuses: ItemStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];

describe("computeCompletion", () => {
  it("counts DONE and SKIPPED as finished", () => {
    const map = new Map<string, ItemStatus>([
      ["a", "DONE"],
      ["b", "SKIPPED"],
      ["c", "IN_PROGRESS"],
    ]);
    expect(computeCompletion(["a", "b", "c", "d"], (id) => map.get(id))).toEqual({
      total: 4,
      done: 1,
      inProgress: 1,
      skipped: 1,
      percent: 50,
    });
  });

  it("is 0% of nothing rather than NaN", () => {
    expect(computeCompletion([], () => undefined).percent).toBe(0);
  });

  it("rounds to one decimal", () => {
    expect(computeCompletion(["a", "b", "c"], (id) => (id === "a" ? "DONE" : undefined)).percent).toBe(33.3);
  });

  it("keeps its counts consistent for any mix of statuses", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses, undefined)), (list) => {
        const result = computeCompletion(
          list.map((_, index) => String(index)),
          (index) => list[Number(index)],
        );
        expect(result.total).toBe(list.length);
        expect(result.done + result.inProgress + result.skipped).toBeLessThanOrEqual(result.total);
        expect(result.percent).toBeGreaterThanOrEqual(0);
        expect(result.percent).toBeLessThanOrEqual(100);
        if (result.done + result.skipped === result.total && result.total > 0) expect(result.percent).toBe(100);
      }),
    );
  });
});
