import { describe, expect, it } from "vitest";
import { Prisma } from "../server/db/generated/client";
import { reviewDayBounds } from "../server/services/review/review-day";
import { followedRoadmap, learner, SET_STATUS } from "../e2e/support/cohorts";
import { execute } from "../e2e/support/graphql-operations";
import { savedRoadmap } from "../e2e/support/own-roadmaps";
import { REVIEW_MARKDOWN } from "../e2e/support/review-rules-scenario";
import { testDb } from "../e2e/support/test-db";
import { todayIn } from "../shared/time-zone";

/*
 * Issue 23: "due today" is today where the learner is, across daylight-saving
 * changes; retired items leave review; a deleted roadmap or account takes its
 * reviews with it.
 */

const COUNTS = `query($tz: String!) { viewer { reviewQueue(timeZone: $tz) { dueToday overdue } } }`;

async function bounds(timeZone: string, now: Date) {
  const { todayStart, tomorrowStart } = reviewDayBounds(timeZone, now);
  const [row] = await testDb().$queryRaw<{ start: Date; end: Date }[]>(
    Prisma.sql`SELECT ${todayStart} AS "start", ${tomorrowStart} AS "end"`,
  );
  return { start: row!.start.toISOString(), end: row!.end.toISOString() };
}

describe("review days in the learner's zone", () => {
  it("cuts days at local midnight, 23 and 25 hours long across Europe's daylight-saving changes", async () => {
    expect(await bounds("Europe/Paris", new Date("2026-03-29T12:00:00Z"))).toEqual({
      start: "2026-03-28T23:00:00.000Z",
      end: "2026-03-29T22:00:00.000Z",
    });
    expect(await bounds("Europe/Paris", new Date("2026-10-25T12:00:00Z"))).toEqual({
      start: "2026-10-24T22:00:00.000Z",
      end: "2026-10-25T23:00:00.000Z",
    });
    // Just after midnight in Auckland is still yesterday in UTC.
    expect(await bounds("Pacific/Auckland", new Date("2026-07-01T12:30:00Z"))).toEqual({
      start: "2026-07-01T12:00:00.000Z",
      end: "2026-07-02T12:00:00.000Z",
    });
  });

  it("counts a card due at 23:59 tonight where the learner is as due today, and one due at 00:01 as not", async () => {
    const who = await learner(testDb(), "review-days");
    const roadmap = await followedRoadmap(who, "PUBLIC", REVIEW_MARKDOWN);
    const [first, second] = [...roadmap.items.values()];
    for (const id of [first, second]) await execute(SET_STATUS, { id, status: "DONE" }, who.viewer);
    const zone = "America/Los_Angeles";
    const { tomorrowStart } = reviewDayBounds(zone, new Date());
    const [row] = await testDb().$queryRaw<{ midnight: Date }[]>(Prisma.sql`SELECT ${tomorrowStart} AS "midnight"`);
    const midnight = row!.midnight;
    const at = (minutes: number) => new Date(midnight.getTime() + minutes * 60_000);
    await testDb().reviewCard.update({
      where: { userId_itemId: { userId: who.viewer.userId, itemId: first! } },
      data: { due: at(-1) },
    });
    await testDb().reviewCard.update({
      where: { userId_itemId: { userId: who.viewer.userId, itemId: second! } },
      data: { due: at(1) },
    });
    const counted = await execute(COUNTS, { tz: zone }, who.viewer);
    expect(counted.data!.viewer.reviewQueue).toEqual({ dueToday: 1, overdue: 0 });
    expect(todayIn(zone)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("review's lifecycle", () => {
  it("retired items leave the queue; deleting the roadmap, then the account, deletes the reviews", async () => {
    const who = await learner(testDb(), "review-life");
    const saved = await savedRoadmap(who.viewer, { markdown: REVIEW_MARKDOWN, visibility: "PRIVATE" });
    const roadmapId = saved.roadmap!.id;
    const items = await testDb().item.findMany({ where: { roadmapId }, select: { id: true, key: true } });
    for (const { id } of items) await execute(SET_STATUS, { id, status: "DONE" }, who.viewer);
    await testDb()
      .$executeRaw`UPDATE "ReviewCard" SET "due" = "due" - interval '60 days' WHERE "userId" = ${who.viewer.userId}`;
    const due = async () =>
      (await execute(COUNTS, { tz: "UTC" }, who.viewer)).data!.viewer.reviewQueue.dueToday as number;
    expect(await due()).toBe(5);

    // A new version without "delta" and "epsilon" (their section goes): they are retired, and out of review.
    const shorter = REVIEW_MARKDOWN.split("## Second")[0]!;
    await savedRoadmap(who.viewer, { roadmapId, markdown: shorter });
    expect(await due()).toBe(3);

    const rated = items.find((item) => item.key === "alpha")!.id;
    await execute(
      `mutation($id: ID!) { reviewItem(input: { itemId: $id, rating: GOOD }) { id } }`,
      { id: rated },
      who.viewer,
    );
    expect(await testDb().reviewEvent.count({ where: { userId: who.viewer.userId } })).toBe(1);
    await testDb().roadmap.delete({ where: { id: roadmapId } });
    expect(await testDb().reviewCard.count({ where: { userId: who.viewer.userId } })).toBe(0);
    expect(await testDb().reviewEvent.count({ where: { userId: who.viewer.userId } })).toBe(0);

    const other = await followedRoadmap(who, "PUBLIC", REVIEW_MARKDOWN);
    await execute(SET_STATUS, { id: [...other.items.values()][0], status: "DONE" }, who.viewer);
    await execute(
      `mutation($input: SetReviewSettingsInput!) { setReviewSettings(input: $input) { dailyLimit } }`,
      { input: { dailyLimit: 9 } },
      who.viewer,
    );
    expect(await testDb().reviewCard.count({ where: { userId: who.viewer.userId } })).toBe(1);
    await testDb().user.delete({ where: { id: who.viewer.userId } });
    expect(await testDb().reviewCard.count({ where: { userId: who.viewer.userId } })).toBe(0);
    expect(await testDb().reviewSettings.count({ where: { userId: who.viewer.userId } })).toBe(0);
  });
});
