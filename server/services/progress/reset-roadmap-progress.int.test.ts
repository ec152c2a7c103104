import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../../../e2e/support/factories";
import { seedHistory } from "../../../e2e/support/plan-history";
import { testDb } from "../../../e2e/support/test-db";
import { todayIn } from "../../../shared/time-zone";
import { activitySummary } from "../activity/activity-summary";
import { burnUp } from "../activity/burn-up";
import { exportYourData } from "../account/export-your-data";
import { roadmapPlans } from "../plan/roadmap-plans";
import { exportRoadmap } from "../roadmaps/export/export-roadmap";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import { resetRoadmapProgress } from "./reset-roadmap-progress";
import { setItemStatus } from "./set-item-status";

/** A learner who finished three items of the backend roadmap yesterday (UTC). */
async function learnerWhoStudiedYesterday() {
  const user = await createUser(testDb());
  const viewer = sessionViewerOf(user);
  const items = await testDb().item.findMany({
    where: { roadmap: { slug: "backend" } },
    orderBy: { id: "asc" },
    take: 3,
    select: { id: true, roadmapId: true },
  });
  const roadmapId = items[0]!.roadmapId;
  await seedHistory(
    testDb(),
    user.id,
    roadmapId,
    items.map((item) => ({ itemId: item.id, daysAgo: 1 })),
  );
  return { user, viewer, roadmapId };
}

describe("resetRoadmapProgress", () => {
  it("is history, not study: activity, streaks and pace stay, the burn-up falls, exports mark it", async () => {
    const { user, viewer, roadmapId } = await learnerWhoStudiedYesterday();
    const before = await activitySummary(viewer, "UTC");
    expect(before).toMatchObject({ totalChanges: 3, currentStreak: 1, longestStreak: 1 });

    expect(await resetRoadmapProgress(viewer, { roadmapId })).toEqual({ roadmapId, reset: 3 });

    // Not study: no change counted today, the streak is still yesterday's one day.
    const after = await activitySummary(viewer, "UTC");
    expect(after).toMatchObject({ totalChanges: 3, currentStreak: 1, longestStreak: 1 });
    expect(after.days.find((day) => day.date === todayIn("UTC"))?.count).toBe(0);

    // Pace and the plan start over: nothing from before the reset counts.
    const [content] = await loadRoadmapContents(viewer, [roadmapId]);
    const plan = (await roadmapPlans(viewer, [content!], "UTC")).get(roadmapId)!;
    expect(plan).toMatchObject({ done: 0, pacePerWeek: 0, startedOn: null, finishedThisWeek: 0 });

    // History: the burn-up really falls back to zero finished today.
    const buckets = await burnUp(viewer, { roadmapId, total: 44, days: 30, timeZone: "UTC" });
    expect(buckets.at(-2)).toMatchObject({ finished: 3, done: 3 });
    expect(buckets.at(-1)).toMatchObject({ date: todayIn("UTC"), finished: 0, done: 0 });

    // Both exports keep the reset, marked as one.
    const exported = JSON.parse((await exportRoadmap(viewer, { roadmapId, format: "JSON" }))!);
    expect(exported.history.map((event: { to: string; kind: string }) => `${event.to}:${event.kind}`)).toEqual([
      "DONE:CHANGE",
      "DONE:CHANGE",
      "DONE:CHANGE",
      "NOT_STARTED:RESET",
      "NOT_STARTED:RESET",
      "NOT_STARTED:RESET",
    ]);
    const yours = JSON.parse(await exportYourData(viewer));
    expect(yours.history.filter((event: { kind: string }) => event.kind === "RESET")).toHaveLength(3);
    expect(await testDb().progressEvent.count({ where: { userId: user.id, kind: "RESET" } })).toBe(3);
  });

  it("a learner's own 'Not started' on one item is still a change they made", async () => {
    const { viewer, roadmapId, user } = await learnerWhoStudiedYesterday();
    const item = await testDb().progress.findFirstOrThrow({ where: { userId: user.id, roadmapId } });
    await setItemStatus(viewer, { itemId: item.itemId, status: "NOT_STARTED" });
    expect(await activitySummary(viewer, "UTC")).toMatchObject({ totalChanges: 4, currentStreak: 2 });
  });
});
