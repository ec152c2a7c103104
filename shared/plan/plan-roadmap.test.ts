import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemFactsFromEvents, UNTOUCHED, type HistoryEvent, type ItemFacts } from "./item-facts";
import { planRoadmap, type PlanInput } from "./plan-roadmap";
import { sectionDates } from "./section-dates";

// Histories are written as one line per item: "DONE@2026-03-02T10:00Z IN_PROGRESS@..." in order.
function item(history = ""): ItemFacts {
  const events: HistoryEvent[] = history
    .split(" ")
    .filter(Boolean)
    .map((step) => {
      const [to, at] = step.split("@") as [HistoryEvent["to"], string];
      return { to, at: new Date(at) };
    });
  return itemFactsFromEvents(events);
}

function plan(items: ItemFacts[], now: string, extra: Partial<PlanInput> = {}) {
  return planRoadmap({ items, now: new Date(now), timeZone: "UTC", targetDate: null, weeklyGoal: null, ...extra });
}

const untouched = (count: number) => Array.from({ length: count }, () => UNTOUCHED);

describe("itemFactsFromEvents", () => {
  it("starts at the first IN_PROGRESS and finishes at the last DONE", () => {
    expect(
      item("IN_PROGRESS@2026-03-01T10:00Z DONE@2026-03-02T10:00Z IN_PROGRESS@2026-03-03T10:00Z DONE@2026-03-05T10:00Z"),
    ).toEqual({
      status: "DONE",
      since: new Date("2026-03-01T10:00Z"),
      startedAt: new Date("2026-03-01T10:00Z"),
      finishedAt: new Date("2026-03-05T10:00Z"),
      statusSince: new Date("2026-03-05T10:00Z"),
    });
  });

  it("forgets everything before a reset, and has no start for an item ticked straight to DONE", () => {
    const facts = item(
      "IN_PROGRESS@2026-01-01T10:00Z DONE@2026-01-02T10:00Z NOT_STARTED@2026-02-01T00:00Z DONE@2026-03-04T09:00Z",
    );
    expect(facts).toMatchObject({
      startedAt: null,
      since: new Date("2026-03-04T09:00Z"),
      finishedAt: new Date("2026-03-04T09:00Z"),
    });
    expect(item("DONE@2026-01-02T10:00Z NOT_STARTED@2026-02-01T00:00Z")).toEqual(UNTOUCHED);
  });

  it("has no finish date for an item no longer DONE", () => {
    expect(item("DONE@2026-03-01T10:00Z SKIPPED@2026-03-02T10:00Z").finishedAt).toBeNull();
    expect(item("DONE@2026-03-01T10:00Z IN_PROGRESS@2026-03-02T10:00Z")).toMatchObject({
      status: "IN_PROGRESS",
      finishedAt: null,
      startedAt: new Date("2026-03-02T10:00Z"),
    });
  });
});

describe("planRoadmap: pace and forecast", () => {
  it("measures the last 4 weeks and forecasts from today", () => {
    // 8 items done over the last 4 weeks (2 a week), 12 more untouched, started 6 weeks ago.
    const items = [
      item("IN_PROGRESS@2026-01-20T10:00Z DONE@2026-01-25T10:00Z"), // before the window
      ...["02-05", "02-08", "02-12", "02-15", "02-19", "02-22", "02-26", "03-01"].map((day) =>
        item(`DONE@2026-${day}T10:00Z`),
      ),
      ...untouched(12),
    ];
    const result = plan(items, "2026-03-04T12:00:00Z");
    expect(result).toMatchObject({
      total: 21,
      done: 9,
      remaining: 12,
      startedOn: "2026-01-20",
      pacePerWeek: 2,
      forecast: "FORECAST",
      // 12 left at 2 a week: 6 weeks from today.
      finishOn: "2026-04-15",
    });
    expect(result.pacePerWeekSinceStart).toBeCloseTo(9 / (43.08 / 7), 1);
  });

  it("measures a recent start over the time since, not over 4 weeks", () => {
    const items = [
      item("DONE@2026-03-01T10:00Z"),
      item("DONE@2026-03-05T10:00Z"),
      item("DONE@2026-03-08T10:00Z"),
      ...untouched(7),
    ];
    // Started 10 days ago: 3 items in 10/7 weeks.
    const result = plan(items, "2026-03-11T10:00:00Z");
    expect(result.pacePerWeek).toBe(2.1);
    expect(result.forecast).toBe("FORECAST");
    expect(result.finishOn).toBe("2026-04-04"); // ceil(7 / 2.1 * 7) = 24 days
  });

  it("says so when there is not enough history: under a week, or fewer than two items done", () => {
    const fresh = plan(
      [item("DONE@2026-03-09T10:00Z"), item("DONE@2026-03-10T10:00Z"), ...untouched(5)],
      "2026-03-11T10:00Z",
    );
    expect(fresh).toMatchObject({ forecast: "NOT_ENOUGH_HISTORY", finishOn: null, pacePerWeek: 2 });
    const oneItem = plan(
      [item("DONE@2026-02-01T10:00Z"), item("IN_PROGRESS@2026-01-01T10:00Z"), ...untouched(5)],
      "2026-03-11T10:00Z",
    );
    expect(oneItem).toMatchObject({ forecast: "NOT_ENOUGH_HISTORY", finishOn: null });
    const nothing = plan(untouched(5), "2026-03-11T10:00Z");
    expect(nothing).toMatchObject({
      forecast: "NOT_ENOUGH_HISTORY",
      startedOn: null,
      pacePerWeek: 0,
      pacePerWeekSinceStart: 0,
    });
  });

  it("calls a gap of 4 weeks without a finished item stalled, and picks up again after it", () => {
    const old = ["01-05", "01-07", "01-09"].map((day) => item(`DONE@2026-${day}T10:00Z`));
    expect(plan([...old, ...untouched(5)], "2026-03-11T10:00Z")).toMatchObject({
      forecast: "STALLED",
      pacePerWeek: 0,
      finishOn: null,
    });
    // One item after the gap: the pace is that item over 4 weeks, not a burst.
    const back = plan([...old, item("DONE@2026-03-10T10:00Z"), ...untouched(4)], "2026-03-11T10:00Z");
    expect(back).toMatchObject({ forecast: "FORECAST", pacePerWeek: 0.25, finishOn: "2026-07-01" });
  });

  it("does not count skipped items as pace, but they shorten what is left", () => {
    const items = [
      // Started more than 4 weeks ago, so the pace is measured over 4 weeks: 4 items, 1 a week.
      ...["01-10", "02-20", "02-25", "03-02", "03-06"].map((day) => item(`DONE@2026-${day}T10:00Z`)),
      ...untouched(4).map(() => item("SKIPPED@2026-03-07T10:00Z")),
      ...untouched(4),
    ];
    const result = plan(items, "2026-03-11T10:00:00Z");
    expect(result).toMatchObject({
      done: 5,
      skipped: 4,
      remaining: 4,
      pacePerWeek: 1,
      forecast: "FORECAST",
      finishOn: "2026-04-08",
    });
  });

  it("starts over after a reset: history before it counts nowhere", () => {
    const reset = (day: string) => `DONE@2025-11-${day}T10:00Z NOT_STARTED@2026-02-20T10:00Z`;
    const items = [
      item(reset("01")),
      item(reset("02")),
      item(`${reset("03")} DONE@2026-03-02T10:00Z`),
      item("DONE@2026-03-05T10:00Z"),
      ...untouched(6),
    ];
    const result = plan(items, "2026-03-11T10:00Z");
    expect(result).toMatchObject({ startedOn: "2026-03-02", done: 2, forecast: "FORECAST", pacePerWeek: 1.56 });
    // Un-finishing an item takes it out of the pace too.
    const undone = plan(
      [item("DONE@2026-03-02T10:00Z IN_PROGRESS@2026-03-03T10:00Z"), ...untouched(3)],
      "2026-03-11T10:00Z",
    );
    expect(undone).toMatchObject({ done: 0, pacePerWeek: 0, startedOn: "2026-03-02" });
  });

  it("reports the day it finished once nothing is left", () => {
    const result = plan([item("DONE@2026-03-01T10:00Z"), item("SKIPPED@2026-03-04T23:30Z")], "2026-03-11T10:00Z", {
      timeZone: "Europe/Paris",
    });
    expect(result).toMatchObject({ forecast: "FINISHED", finishOn: "2026-03-05", remaining: 0 });
  });
});

describe("planRoadmap: target date", () => {
  const steady = [
    ...["01-20", "02-12", "02-16", "02-19", "02-23", "02-26", "03-02", "03-05", "03-09"].map((day) =>
      item(`DONE@2026-${day}T10:00Z`),
    ),
    ...untouched(10),
  ];

  it("works out the pace the target needs and whether the learner is ahead", () => {
    // 2 a week, 10 left: finishes around 2026-04-15 (35 days).
    const ahead = plan(steady, "2026-03-11T10:00Z", { targetDate: "2026-05-05" });
    expect(ahead).toMatchObject({
      finishOn: "2026-04-15",
      requiredPacePerWeek: 1.25,
      targetStatus: "AHEAD",
      daysAheadOfTarget: 20,
    });
    const behind = plan(steady, "2026-03-11T10:00Z", { targetDate: "2026-03-31" });
    expect(behind).toMatchObject({ requiredPacePerWeek: 3.33, targetStatus: "BEHIND", daysAheadOfTarget: -15 });
    const onTheDay = plan(steady, "2026-03-11T10:00Z", { targetDate: "2026-04-15" });
    expect(onTheDay).toMatchObject({ targetStatus: "AHEAD", daysAheadOfTarget: 0 });
  });

  it("counts today as a day left, and a target in the past as passed", () => {
    expect(plan(steady, "2026-03-11T10:00Z", { targetDate: "2026-03-11" })).toMatchObject({
      requiredPacePerWeek: 70,
      targetStatus: "BEHIND",
    });
    expect(plan(steady, "2026-03-11T10:00Z", { targetDate: "2026-03-10" })).toMatchObject({
      requiredPacePerWeek: null,
      targetStatus: "PASSED",
    });
  });

  it("cannot tell without enough history, and is behind when stalled", () => {
    expect(
      plan([item("DONE@2026-03-10T10:00Z"), ...untouched(3)], "2026-03-11T10:00Z", { targetDate: "2026-04-01" }),
    ).toMatchObject({
      requiredPacePerWeek: 0.95,
      targetStatus: "TOO_EARLY_TO_TELL",
    });
    expect(
      plan([item("DONE@2026-01-01T10:00Z"), item("DONE@2026-01-02T10:00Z"), ...untouched(3)], "2026-03-11T10:00Z", {
        targetDate: "2026-04-01",
      }),
    ).toMatchObject({ targetStatus: "BEHIND" });
  });

  it("is finished when nothing is left, with the days to spare", () => {
    expect(plan([item("DONE@2026-03-01T10:00Z")], "2026-03-11T10:00Z", { targetDate: "2026-03-31" })).toMatchObject({
      requiredPacePerWeek: 0,
      targetStatus: "FINISHED",
      daysAheadOfTarget: 30,
    });
  });
});

describe("planRoadmap: time zones and this week", () => {
  it("counts this week (from Monday) in the learner's time zone", () => {
    // Sunday 22:30 UTC is already Monday in Paris (UTC+1 in March) and still Sunday in New York.
    const items = [item("DONE@2026-03-08T23:30Z"), item("DONE@2026-03-10T10:00Z"), ...untouched(2)];
    const now = "2026-03-11T10:00Z"; // Wednesday
    expect(plan(items, now, { timeZone: "Europe/Paris" }).finishedThisWeek).toBe(2);
    expect(plan(items, now, { timeZone: "America/New_York" }).finishedThisWeek).toBe(1);
    expect(plan(items, now, { timeZone: "UTC" }).finishedThisWeek).toBe(1);
  });

  it("dates the forecast from the learner's today", () => {
    const items = ["01-20", "02-17", "02-24", "03-03", "03-10"].map((day) => item(`DONE@2026-${day}T10:00Z`));
    const now = "2026-03-10T23:30Z"; // already 11 March in Tokyo
    const tokyo = plan([...items, UNTOUCHED], now, { timeZone: "Asia/Tokyo" });
    const utc = plan([...items, UNTOUCHED], now, { timeZone: "UTC" });
    expect(utc.finishOn).toBe("2026-03-17");
    expect(tokyo.finishOn).toBe("2026-03-18");
  });

  it("never forecasts before today, nor reports a pace without items done", () => {
    const event = fc.record({
      to: fc.constantFrom("NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED" as const),
      at: fc.date({ min: new Date("2025-01-01"), max: new Date("2026-03-11T00:00Z"), noInvalidDate: true }),
    });
    const history = fc
      .array(event, { maxLength: 6 })
      .map((events) => events.sort((a, b) => a.at.getTime() - b.at.getTime()));
    fc.assert(
      fc.property(
        fc.array(history, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("UTC", "Asia/Tokyo", "America/St_Johns"),
        (histories, timeZone) => {
          const items = histories.map(itemFactsFromEvents);
          const result = planRoadmap({
            items,
            now: new Date("2026-03-11T12:00Z"),
            timeZone,
            targetDate: null,
            weeklyGoal: null,
          });
          expect(result.done + result.skipped + result.remaining).toBe(items.length);
          if (result.done === 0) expect(result.pacePerWeek).toBe(0);
          if (result.forecast === "FORECAST") expect(result.finishOn! >= "2026-03-11").toBe(true);
          expect(result.finishedThisWeek).toBeLessThanOrEqual(result.done);
        },
      ),
    );
  });
});

describe("sectionDates", () => {
  it("starts at the first change and completes at the last finish, only once all are finished", () => {
    const items = [item("IN_PROGRESS@2026-03-01T10:00Z DONE@2026-03-03T10:00Z"), item("SKIPPED@2026-03-05T10:00Z")];
    expect(sectionDates(items)).toEqual({
      startedAt: new Date("2026-03-01T10:00Z"),
      completedAt: new Date("2026-03-05T10:00Z"),
    });
    expect(sectionDates([...items, UNTOUCHED])).toEqual({
      startedAt: new Date("2026-03-01T10:00Z"),
      completedAt: null,
    });
    expect(sectionDates([UNTOUCHED])).toEqual({ startedAt: null, completedAt: null });
  });
});
