import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";
import { addDays, isoDateIn } from "../shared/time-zone";
import { studyReminderByFeedSecret } from "../server/services/calendar/study-reminder-by-feed-secret";

const DAY = 86_400_000;

async function learnerWithHistory(daysAgo: number[]) {
  const user = await createUser(testDb());
  const roadmap = await testDb().roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
  const items = await testDb().item.findMany({
    where: { roadmapId: roadmap.id },
    take: daysAgo.length,
    select: { id: true },
  });
  const now = Date.now();
  await testDb().progressEvent.createMany({
    data: daysAgo.map((ago, index) => ({
      userId: user.id,
      itemId: items[index]!.id,
      roadmapId: roadmap.id,
      from: "NOT_STARTED" as const,
      to: "DONE" as const,
      at: new Date(now - ago * DAY),
    })),
  });
  await testDb().progress.createMany({
    data: items.map((item) => ({ userId: user.id, itemId: item.id, roadmapId: roadmap.id, status: "DONE" as const })),
  });
  return { user, viewer: sessionViewerOf(user), roadmapId: roadmap.id, itemIds: items.map((item) => item.id) };
}

const PLAN = /* GraphQL */ `
  query Plan($tz: String) {
    roadmap(slug: "backend") {
      progress(timeZone: $tz) {
        done
        total
        pacePerWeek
        pacePerWeekSinceStart
        forecast
        finishOn
        targetDate
        requiredPacePerWeek
        targetStatus
        finishedThisWeek
        weeklyGoal
      }
    }
  }
`;

const SET_GOAL = /* GraphQL */ `
  mutation Goal($input: SetRoadmapGoalInput!) {
    setRoadmapGoal(input: $input) {
      progress {
        targetDate
        weeklyGoal
        requiredPacePerWeek
        targetStatus
      }
    }
  }
`;

describe("pace and forecast in GraphQL", () => {
  it("forecasts from 8 items in the last 4 weeks, in the time zone asked for", async () => {
    const { viewer } = await learnerWithHistory([40, 26, 23, 19, 16, 12, 9, 5, 2]);
    const result = await execute(PLAN, { tz: "Europe/Paris" }, viewer);
    expect(result.errors).toBeUndefined();
    const progress = result.data!.roadmap.progress;
    expect(progress).toMatchObject({ done: 9, total: 44, pacePerWeek: 2, forecast: "FORECAST", targetDate: null });
    // 35 items left at 2 a week: 123 days (ceil of 122.5) from today in Paris.
    expect(progress.finishOn).toBe(addDays(isoDateIn(new Date(), "Europe/Paris"), 123));
  });

  it("says when there is not enough history, and refuses an unknown time zone", async () => {
    const { viewer } = await learnerWithHistory([1]);
    const result = await execute(PLAN, {}, viewer);
    expect(result.data!.roadmap.progress).toMatchObject({ forecast: "NOT_ENOUGH_HISTORY", finishOn: null });
    expect(errorCodes(await execute(PLAN, { tz: "Mars/Olympus" }, viewer))).toEqual(["BAD_USER_INPUT"]);
  });

  it("is null signed out, like the rest of the viewer's progress", async () => {
    const result = await execute(PLAN, {});
    expect(result).toEqual({ data: { roadmap: { progress: null } } });
  });
});

describe("setRoadmapGoal", () => {
  it("sets, keeps and clears a target date and a weekly goal", async () => {
    const { viewer, roadmapId } = await learnerWithHistory([30, 20, 10, 3]);
    const target = addDays(isoDateIn(new Date(), "UTC"), 69);
    const set = await execute(SET_GOAL, { input: { roadmapId, targetDate: target, weeklyGoal: 3 } }, viewer);
    expect(set.errors).toBeUndefined();
    // 40 items left over 70 days (today and the target day count): 4 a week.
    expect(set.data!.setRoadmapGoal.progress).toMatchObject({
      targetDate: target,
      weeklyGoal: 3,
      requiredPacePerWeek: 4,
    });
    const keep = await execute(SET_GOAL, { input: { roadmapId, weeklyGoal: 5 } }, viewer);
    expect(keep.data!.setRoadmapGoal.progress).toMatchObject({ targetDate: target, weeklyGoal: 5 });
    const clear = await execute(SET_GOAL, { input: { roadmapId, targetDate: null, weeklyGoal: null } }, viewer);
    expect(clear.data!.setRoadmapGoal.progress).toMatchObject({
      targetDate: null,
      weeklyGoal: null,
      requiredPacePerWeek: null,
      targetStatus: null,
    });
    expect(await testDb().roadmapGoal.count({ where: { userId: viewer.userId } })).toBe(0);
  });

  it("refuses bad dates, absurd goals and unknown roadmaps with client errors", async () => {
    const { viewer, roadmapId } = await learnerWithHistory([]);
    for (const input of [
      { roadmapId, targetDate: "2026-13-45" },
      { roadmapId, targetDate: "2027-02-29" },
      { roadmapId, targetDate: "yesterday" },
      { roadmapId, targetDate: "2001-01-01" },
      { roadmapId, targetDate: "2999-01-01" },
      { roadmapId, weeklyGoal: 0 },
      { roadmapId, weeklyGoal: 100_000 },
    ]) {
      expect(errorCodes(await execute(SET_GOAL, { input }, viewer)), JSON.stringify(input)).toEqual(["BAD_USER_INPUT"]);
    }
    expect(errorCodes(await execute(SET_GOAL, { input: { roadmapId, weeklyGoal: 2 ** 40 } }, viewer))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(errorCodes(await execute(SET_GOAL, { input: { roadmapId: "nope", weeklyGoal: 2 } }, viewer))).toEqual([
      "NOT_FOUND",
    ]);
    expect(errorCodes(await execute(SET_GOAL, { input: { roadmapId, weeklyGoal: 2 } }))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("dates on items and sections", () => {
  it("gives the first IN_PROGRESS and the last DONE, null for others and signed out", async () => {
    const { viewer, itemIds } = await learnerWithHistory([3]);
    const query = `query($id: ID!) { item(id: $id) { startedAt finishedAt section { startedAt completedAt } } }`;
    const mine = await execute(query, { id: itemIds[0] }, viewer);
    expect(mine.data!.item.startedAt).toBeNull();
    expect(Date.now() - Date.parse(mine.data!.item.finishedAt)).toBeGreaterThan(2.9 * DAY);
    expect(mine.data!.item.section.startedAt).toBe(mine.data!.item.finishedAt);
    expect(mine.data!.item.section.completedAt).toBeNull();
    expect((await execute(query, { id: itemIds[0] })).data!.item).toEqual({
      startedAt: null,
      finishedAt: null,
      section: { startedAt: null, completedAt: null },
    });
  });
});

const PROFILE = /* GraphQL */ `
  query Profile($login: String!) {
    profile(login: $login) {
      login
      url
      timeZone
      roadmaps {
        slug
        percent
        done
        total
        badgeUrl
      }
      activity {
        totalChanges
        currentStreak
      }
    }
  }
`;

const VISIBILITY = /* GraphQL */ `
  mutation Visibility($input: SetProfileVisibilityInput!) {
    setProfileVisibility(input: $input) {
      profilePublic
      profileUrl
      profileRoadmaps {
        slug
      }
    }
  }
`;

describe("public profile", () => {
  it("is off by default, the same for everyone once public, and off again on request", async () => {
    const { user, viewer, roadmapId } = await learnerWithHistory([2, 1, 0]);
    const stranger = sessionViewerOf(await createUser(testDb()));
    for (const asker of [null, stranger, viewer]) {
      expect(await execute(PROFILE, { login: user.login }, asker)).toEqual({ data: { profile: null } });
    }
    const on = await execute(
      VISIBILITY,
      { input: { public: true, roadmapIds: [roadmapId], timeZone: "Asia/Tokyo" } },
      viewer,
    );
    expect(on.data!.setProfileVisibility).toEqual({
      profilePublic: true,
      profileUrl: `/u/${user.login}`,
      profileRoadmaps: [{ slug: "backend" }],
    });
    const answers = await Promise.all(
      [null, stranger, viewer].map((asker) => execute(PROFILE, { login: user.login }, asker)),
    );
    expect(answers[0]!.data!.profile).toMatchObject({
      login: user.login,
      url: `/u/${user.login}`,
      timeZone: "Asia/Tokyo",
      roadmaps: [
        { slug: "backend", done: 3, total: 44, percent: 6.8, badgeUrl: `/api/badges/${user.login}/backend.svg` },
      ],
      activity: { totalChanges: 3 },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);

    await execute(VISIBILITY, { input: { public: false } }, viewer);
    expect(await execute(PROFILE, { login: user.login }, stranger)).toEqual({ data: { profile: null } });
  });

  it("shows only the chosen roadmaps, and their activity only", async () => {
    const { user, viewer } = await learnerWithHistory([1]);
    await execute(VISIBILITY, { input: { public: true, roadmapIds: [] } }, viewer);
    const profile = (await execute(PROFILE, { login: user.login })).data!.profile;
    expect(profile).toMatchObject({ roadmaps: [], activity: { totalChanges: 0, currentStreak: 0 } });
  });

  it("needs a browser session, and refuses unknown roadmaps and time zones", async () => {
    const { user, viewer, roadmapId } = await learnerWithHistory([]);
    const token = tokenViewerOf(user, ["READ_PROGRESS", "WRITE_PROGRESS"]);
    expect(errorCodes(await execute(VISIBILITY, { input: { public: true } }, token))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await execute(VISIBILITY, { input: { public: true, roadmapIds: ["nope"] } }, viewer))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(
      errorCodes(await execute(VISIBILITY, { input: { public: true, roadmapIds: [roadmapId, roadmapId] } }, viewer)),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await execute(VISIBILITY, { input: { public: true, timeZone: "PST" } }, viewer))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).profilePublic).toBe(false);
  });

  it("answers null for junk logins without touching anything", async () => {
    for (const login of ["", "x".repeat(20_000), "../etc", "a b"]) {
      expect(await execute(PROFILE, { login })).toEqual({ data: { profile: null } });
    }
  });
});

describe("calendar feed", () => {
  it("creates a secret that serves the reminder, replaces it, and revokes it", async () => {
    const { viewer } = await learnerWithHistory([1]);
    const create = `mutation { createCalendarFeed { secret createdAt urlTemplate } }`;
    const first = (await execute(create, {}, viewer)).data!.createCalendarFeed;
    expect(first.urlTemplate).toBe(`/api/calendar/feeds/${first.secret}/{slug}.ics`);
    const reminder = await studyReminderByFeedSecret(first.secret, "backend");
    expect(reminder).toMatchObject({ roadmap: { slug: "backend" }, remaining: 43 });
    expect(reminder!.nextItems).toHaveLength(5);
    const second = (await execute(create, {}, viewer)).data!.createCalendarFeed;
    expect(await studyReminderByFeedSecret(first.secret, "backend")).toBeNull();
    expect(await studyReminderByFeedSecret(second.secret, "backend")).not.toBeNull();
    expect((await execute(`{ viewer { calendarFeedCreatedAt } }`, {}, viewer)).data!.viewer.calendarFeedCreatedAt).toBe(
      second.createdAt,
    );
    expect((await execute(`mutation { revokeCalendarFeed }`, {}, viewer)).data).toEqual({ revokeCalendarFeed: true });
    expect(await studyReminderByFeedSecret(second.secret, "backend")).toBeNull();
    expect((await execute(`mutation { revokeCalendarFeed }`, {}, viewer)).data).toEqual({ revokeCalendarFeed: false });
  });
});
