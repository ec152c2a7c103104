import { describe, expect, it } from "vitest";
import { UNTOUCHED, type ItemFacts } from "../plan/item-facts";
import { isStuck, stuckItemIds } from "./stuck-items";

const NOW = new Date("2026-12-05T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const facts = (status: ItemFacts["status"], since: Date | null): ItemFacts => ({
  ...UNTOUCHED,
  status,
  since,
  startedAt: status === "IN_PROGRESS" ? since : null,
  statusSince: since,
});

describe("stuck", () => {
  it("is an item in progress with no change for more than 14 days", () => {
    expect(isStuck(facts("IN_PROGRESS", daysAgo(15)), NOW)).toBe(true);
    expect(isStuck(facts("IN_PROGRESS", daysAgo(14.01)), NOW)).toBe(true);
  });

  it("is not an item in progress for 14 days or less", () => {
    expect(isStuck(facts("IN_PROGRESS", daysAgo(14)), NOW)).toBe(false);
    expect(isStuck(facts("IN_PROGRESS", daysAgo(1)), NOW)).toBe(false);
  });

  it("is never an item done, skipped, untouched or without a date", () => {
    expect(isStuck(facts("DONE", daysAgo(100)), NOW)).toBe(false);
    expect(isStuck(facts("SKIPPED", daysAgo(100)), NOW)).toBe(false);
    expect(isStuck(UNTOUCHED, NOW)).toBe(false);
    expect(isStuck(facts("IN_PROGRESS", null), NOW)).toBe(false);
  });

  it("lists the stuck items in the roadmap's order", () => {
    const factsOf = new Map([
      ["c", facts("IN_PROGRESS", daysAgo(30))],
      ["a", facts("IN_PROGRESS", daysAgo(20))],
      ["b", facts("IN_PROGRESS", daysAgo(2))],
      ["d", facts("DONE", daysAgo(40))],
    ]);
    expect(stuckItemIds(["a", "b", "c", "d", "e"], factsOf, NOW)).toEqual(["a", "c"]);
  });
});
