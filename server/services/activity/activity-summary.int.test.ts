import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../../../e2e/support/factories";
import { testDb } from "../../../e2e/support/test-db";
import { activitySummary, heatmapStart } from "./activity-summary";
import { burnUp } from "./burn-up";

async function learnerWithEvents(
  events: { at: string; from?: "NOT_STARTED" | "DONE"; to: "DONE" | "NOT_STARTED" | "SKIPPED" }[],
) {
  const user = await createUser(testDb());
  const items = await testDb().item.findMany({
    where: { roadmap: { slug: "backend" } },
    take: events.length,
    select: { id: true, roadmapId: true },
  });
  await testDb().progressEvent.createMany({
    data: events.map((event, index) => ({
      userId: user.id,
      itemId: items[index]!.id,
      roadmapId: items[index]!.roadmapId,
      from: event.from ?? "NOT_STARTED",
      to: event.to,
      at: new Date(event.at),
    })),
  });
  return { viewer: sessionViewerOf(user), roadmapId: items[0]!.roadmapId };
}

describe("activitySummary", () => {
  it("cuts days at the learner's midnight, not UTC's", async () => {
    const { viewer } = await learnerWithEvents([{ at: "2026-03-09T23:30:00Z", to: "DONE" }]);
    const now = new Date("2026-03-10T12:00:00Z");
    const paris = await activitySummary(viewer, "Europe/Paris", now);
    const utc = await activitySummary(viewer, "UTC", now);
    expect(paris.days.find((day) => day.count > 0)?.date).toBe("2026-03-10");
    expect(utc.days.find((day) => day.count > 0)?.date).toBe("2026-03-09");
  });

  it("covers 52 weeks from a Sunday to today, with streaks over consecutive days", async () => {
    const { viewer } = await learnerWithEvents([
      { at: "2026-03-01T10:00:00Z", to: "DONE" },
      { at: "2026-03-02T10:00:00Z", to: "DONE" },
      { at: "2026-03-03T10:00:00Z", to: "DONE" },
      { at: "2026-03-09T10:00:00Z", to: "DONE" },
      { at: "2026-03-10T08:00:00Z", to: "DONE" },
    ]);
    const summary = await activitySummary(viewer, "UTC", new Date("2026-03-10T12:00:00Z"));
    expect(summary.days[0]!.date).toBe(heatmapStart("2026-03-10"));
    expect(new Date(`${summary.days[0]!.date}T00:00:00Z`).getUTCDay()).toBe(0);
    expect(summary.days.at(-1)!.date).toBe("2026-03-10");
    expect(summary).toMatchObject({ currentStreak: 2, longestStreak: 3, totalChanges: 5 });
  });
});

describe("burnUp", () => {
  it("accumulates finished items per day, undoing un-finished ones, up to today", async () => {
    const { viewer, roadmapId } = await learnerWithEvents([
      { at: "2026-03-01T10:00:00Z", to: "DONE" },
      { at: "2026-03-01T11:00:00Z", to: "SKIPPED" },
      { at: "2026-03-03T10:00:00Z", to: "DONE" },
      { at: "2026-03-04T10:00:00Z", from: "DONE", to: "NOT_STARTED" },
    ]);
    const buckets = await burnUp(
      viewer,
      { roadmapId, total: 44, days: 365, timeZone: "UTC" },
      new Date("2026-03-05T12:00:00Z"),
    );
    expect(buckets.map((bucket) => [bucket.date, bucket.finished, bucket.done])).toEqual([
      ["2026-02-28", 0, 0],
      ["2026-03-01", 2, 1],
      ["2026-03-02", 2, 1],
      ["2026-03-03", 3, 2],
      ["2026-03-04", 2, 1],
      ["2026-03-05", 2, 1],
    ]);
    const window = await burnUp(
      viewer,
      { roadmapId, total: 44, days: 2, timeZone: "UTC" },
      new Date("2026-03-05T12:00:00Z"),
    );
    expect(window.map((bucket) => [bucket.date, bucket.finished])).toEqual([
      ["2026-03-04", 2],
      ["2026-03-05", 2],
    ]);
  });
});
