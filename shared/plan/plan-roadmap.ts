import { addDays, daysBetween, isoDateIn, mondayOf, todayIn } from "../time-zone";
import type { ItemFacts } from "./item-facts";

/*
 * Pace, forecast, target and this week's count for a set of items (a roadmap or
 * a section), from each item's facts. Pure: the same facts, instant and time
 * zone always give the same plan, which is what the unit tests pin down.
 *
 * The rules, in words:
 * - Pace counts DONE items. Skipping shortens what is left (the completion rule
 *   counts SKIPPED as finished) but is not work done, so it is not pace.
 * - The learner "started" at the first change still standing (dates from before
 *   an item's reset do not count): the earliest `since` of the items not NOT_STARTED.
 * - pacePerWeek: items finished in the last 4 weeks per week. A learner who
 *   started less than 4 weeks ago is measured over the time since they started
 *   (at least one week), so a good first fortnight is not divided by four.
 * - The forecast needs a week of history and two items ever done; without them it
 *   says so. With nothing done in the last 4 weeks it says the pace has stalled.
 * - Days (this week, the forecast, the target) are cut in the learner's time zone;
 *   weeks start on Monday.
 */

const DAY_MS = 86_400_000;
export const PACE_WINDOW_DAYS = 28;
export const MIN_HISTORY_DAYS = 7;
export const MIN_DONE_FOR_FORECAST = 2;

export type ForecastStatus = "FORECAST" | "NOT_ENOUGH_HISTORY" | "STALLED" | "FINISHED";
export type TargetStatus = "AHEAD" | "BEHIND" | "TOO_EARLY_TO_TELL" | "PASSED" | "FINISHED";

export interface PlanInput {
  /** Facts of every item in the set, untouched ones included (their count is the total). */
  items: readonly ItemFacts[];
  now: Date;
  timeZone: string;
  /** YYYY-MM-DD, or null. */
  targetDate: string | null;
  weeklyGoal: number | null;
}

export interface Plan {
  total: number;
  done: number;
  skipped: number;
  /** Items neither DONE nor SKIPPED. */
  remaining: number;
  /** The day the learner started (see above), or null before any change. */
  startedOn: string | null;
  pacePerWeek: number;
  pacePerWeekSinceStart: number;
  forecast: ForecastStatus;
  /** FORECAST: the day the pace reaches the end; FINISHED: the day it did; otherwise null. */
  finishOn: string | null;
  targetDate: string | null;
  requiredPacePerWeek: number | null;
  targetStatus: TargetStatus | null;
  /** With a forecast and a target: days between them, positive when ahead. */
  daysAheadOfTarget: number | null;
  finishedThisWeek: number;
  weeklyGoal: number | null;
}

/** Two decimals: enough for a pace, and stable in snapshots and the API. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * What a plan needs of a set of items, summed: everything planRoadmap reads of
 * the items themselves. A cohort sums it in SQL for hundreds of members at once
 * (services/cohorts/cohort-figures.ts) instead of loading every item's facts;
 * planFromTally then gives the same plan as planRoadmap (a test holds them together).
 */
export interface PlanTally {
  /** The instant the tally was counted at: the plan's "now". */
  now: Date;
  total: number;
  done: number;
  skipped: number;
  /** The earliest `since` of the items not NOT_STARTED. */
  start: Date | null;
  /** The latest `statusSince` of the items DONE or SKIPPED. */
  lastFinish: Date | null;
  /** DONE items finished after now less PACE_WINDOW_DAYS. */
  doneInWindow: number;
  /** When the DONE items finished within RECENT_FINISH_DAYS of now (this week's count needs the time zone). */
  recentFinishes: readonly Date[];
}

/** How far back this week can start: Monday's midnight, in any zone, through a daylight-saving change. */
export const RECENT_FINISH_DAYS = 8;

/** The tally of a set of items' facts at `now`. */
export function tallyItems(items: readonly ItemFacts[], now: Date): PlanTally {
  const windowStart = now.getTime() - PACE_WINDOW_DAYS * DAY_MS;
  const recentStart = now.getTime() - RECENT_FINISH_DAYS * DAY_MS;
  const tally = {
    now,
    total: items.length,
    done: 0,
    skipped: 0,
    start: null as Date | null,
    lastFinish: null as Date | null,
    doneInWindow: 0,
    recentFinishes: [] as Date[],
  };
  for (const item of items) {
    if (item.status !== "NOT_STARTED" && item.since && (!tally.start || item.since < tally.start)) {
      tally.start = item.since;
    }
    if (item.status === "SKIPPED") tally.skipped += 1;
    if (item.status === "DONE") {
      tally.done += 1;
      if (item.finishedAt && item.finishedAt.getTime() > windowStart) tally.doneInWindow += 1;
      if (item.finishedAt && item.finishedAt.getTime() > recentStart) tally.recentFinishes.push(item.finishedAt);
    }
    if ((item.status === "DONE" || item.status === "SKIPPED") && item.statusSince) {
      if (!tally.lastFinish || item.statusSince > tally.lastFinish) tally.lastFinish = item.statusSince;
    }
  }
  return tally;
}

export function planRoadmap(input: PlanInput): Plan {
  return planFromTally(tallyItems(input.items, input.now), input);
}

/** The plan of a tally, with days cut in `timeZone`. */
export function planFromTally(
  tally: PlanTally,
  { timeZone, targetDate, weeklyGoal }: Pick<PlanInput, "timeZone" | "targetDate" | "weeklyGoal">,
): Plan {
  const { now, total, done, skipped, start, lastFinish, doneInWindow } = tally;
  const today = todayIn(timeZone, now);
  const monday = mondayOf(today);
  // A zone is less than a day off UTC: a finish on a UTC day after Monday's is in the week
  // wherever it was, one two UTC days before Monday is not; only the two days between need the
  // zone's date (Intl's, a cohort's matrix formats thousands).
  const mondayUtcDay = daysBetween("1970-01-01", monday);
  let finishedThisWeek = 0;
  for (const finishedAt of tally.recentFinishes) {
    const utcDay = Math.floor(finishedAt.getTime() / DAY_MS);
    if (utcDay > mondayUtcDay) finishedThisWeek += 1;
    else if (utcDay >= mondayUtcDay - 1 && isoDateIn(finishedAt, timeZone) >= monday) finishedThisWeek += 1;
  }
  const remaining = total - done - skipped;

  const daysSinceStart = start ? Math.max(0, (now.getTime() - start.getTime()) / DAY_MS) : 0;
  const measuredWeeks = Math.min(PACE_WINDOW_DAYS, Math.max(daysSinceStart, MIN_HISTORY_DAYS)) / 7;
  const pace = start ? doneInWindow / measuredWeeks : 0;
  const paceSinceStart = start ? done / (Math.max(daysSinceStart, MIN_HISTORY_DAYS) / 7) : 0;

  let forecast: ForecastStatus;
  let finishOn: string | null = null;
  if (total > 0 && remaining === 0) {
    forecast = "FINISHED";
    finishOn = lastFinish ? isoDateIn(lastFinish, timeZone) : today;
  } else if (!start || daysSinceStart < MIN_HISTORY_DAYS || done < MIN_DONE_FOR_FORECAST) {
    forecast = "NOT_ENOUGH_HISTORY";
  } else if (doneInWindow === 0) {
    forecast = "STALLED";
  } else {
    forecast = "FORECAST";
    finishOn = addDays(today, Math.ceil((remaining / pace) * 7));
  }

  const target = planTarget(targetDate, today, remaining, forecast, finishOn);
  return {
    total,
    done,
    skipped,
    remaining,
    startedOn: start ? isoDateIn(start, timeZone) : null,
    pacePerWeek: round(pace),
    pacePerWeekSinceStart: round(paceSinceStart),
    forecast,
    finishOn,
    targetDate,
    ...target,
    finishedThisWeek,
    weeklyGoal,
  };
}

function planTarget(
  targetDate: string | null,
  today: string,
  remaining: number,
  forecast: ForecastStatus,
  finishOn: string | null,
): Pick<Plan, "requiredPacePerWeek" | "targetStatus" | "daysAheadOfTarget"> {
  if (!targetDate) return { requiredPacePerWeek: null, targetStatus: null, daysAheadOfTarget: null };
  if (forecast === "FINISHED") {
    return {
      requiredPacePerWeek: 0,
      targetStatus: "FINISHED",
      daysAheadOfTarget: finishOn ? daysBetween(finishOn, targetDate) : null,
    };
  }
  // Today and the target day both count: a target of today leaves one day.
  const daysLeft = daysBetween(today, targetDate) + 1;
  if (daysLeft < 1) return { requiredPacePerWeek: null, targetStatus: "PASSED", daysAheadOfTarget: null };
  const requiredPacePerWeek = round(remaining / (daysLeft / 7));
  if (forecast === "FORECAST" && finishOn) {
    const daysAhead = daysBetween(finishOn, targetDate);
    return { requiredPacePerWeek, targetStatus: daysAhead >= 0 ? "AHEAD" : "BEHIND", daysAheadOfTarget: daysAhead };
  }
  if (forecast === "STALLED") return { requiredPacePerWeek, targetStatus: "BEHIND", daysAheadOfTarget: null };
  return { requiredPacePerWeek, targetStatus: "TOO_EARLY_TO_TELL", daysAheadOfTarget: null };
}
