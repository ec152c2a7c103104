import { describe, expect, it } from "vitest";
import { followedRoadmap, learner, SET_STATUS } from "../../../e2e/support/cohorts";
import { execute } from "../../../e2e/support/graphql-operations";
import { REVIEW_MARKDOWN } from "../../../e2e/support/review-rules-scenario";
import { testDb } from "../../../e2e/support/test-db";
import { addDays, todayIn } from "../../../shared/time-zone";
import { reviewSummary } from "./review-summary";

const DAY = 24 * 60 * 60 * 1000;

describe("reviewSummary, the dashboard's review card (issue 23)", () => {
  it("counts due today and this week, forecasts 14 days, and measures retention over 30 days", async () => {
    const who = await learner(testDb(), "review-summary");
    const roadmap = await followedRoadmap(who, "PUBLIC", REVIEW_MARKDOWN);
    const ids = [...roadmap.items.values()];
    for (const id of ids) await execute(SET_STATUS, { id, status: "DONE" }, who.viewer);
    const userId = who.viewer.userId;
    const dueIn = async (itemId: string, days: number) =>
      testDb().reviewCard.update({
        where: { userId_itemId: { userId, itemId } },
        data: { due: new Date(Date.now() + days * DAY) },
      });
    // Two overdue, one in 3 days, one in 10, one in 30 (beyond the forecast).
    await dueIn(ids[0]!, -5);
    await dueIn(ids[1]!, -1);
    await dueIn(ids[2]!, 3);
    await dueIn(ids[3]!, 10);
    await dueIn(ids[4]!, 30);
    // Four ratings over 30 days, three Good or Easy; one older, left out; one of today's.
    const rating = (itemId: string, kind: "AGAIN" | "GOOD" | "EASY", daysAgo: number, reps: number) => ({
      userId,
      itemId,
      roadmapId: roadmap.id,
      rating: kind,
      reviewedAt: new Date(Date.now() - daysAgo * DAY),
      retention: 0.9,
      cardEnteredAt: new Date(Date.now() - 100 * DAY),
      repsBefore: reps,
      cardBefore: {},
    });
    await testDb().reviewEvent.createMany({
      data: [
        rating(ids[2]!, "GOOD", 0, 1),
        rating(ids[2]!, "EASY", 10, 2),
        rating(ids[3]!, "AGAIN", 20, 1),
        rating(ids[3]!, "GOOD", 29, 2),
        rating(ids[4]!, "AGAIN", 40, 1),
      ],
    });
    const summary = await reviewSummary(who.viewer, "UTC");
    expect(summary).toMatchObject({
      dueToday: 2,
      dueThisWeek: 3,
      measuredRetention: 0.75,
      ratingsLast30Days: 4,
      reviewedToday: 1,
      desiredRetention: 0.9,
      dailyLimit: 20,
    });
    expect(summary.forecast).toHaveLength(14);
    expect(summary.forecast[0]).toEqual({ date: todayIn("UTC"), count: 2 });
    expect(summary.forecast.reduce((sum, day) => sum + day.count, 0)).toBe(4);
    expect(summary.forecast.find((day) => day.date === addDays(todayIn("UTC"), 3))?.count).toBe(1);
  });

  it("leaves out, as the queue does, the reviews of a roadmap its owner has since made private", async () => {
    const owner = await learner(testDb(), "review-summary");
    const who = await learner(testDb(), "review-summary");
    const roadmap = await followedRoadmap(owner, "PUBLIC", REVIEW_MARKDOWN);
    const [first] = [...roadmap.items.values()];
    expect((await execute(SET_STATUS, { id: first, status: "DONE" }, who.viewer)).errors).toBeUndefined();
    await testDb().reviewCard.updateMany({
      where: { userId: who.viewer.userId },
      data: { due: new Date(Date.now() - DAY) },
    });
    expect((await reviewSummary(who.viewer, "UTC")).dueToday).toBe(1);
    await testDb().roadmap.update({ where: { id: roadmap.id }, data: { visibility: "PRIVATE" } });
    expect((await reviewSummary(who.viewer, "UTC")).dueToday).toBe(0);
  });
});
