import "server-only";

import { Prisma } from "../../db/generated/client";
import { db } from "../../db/client";
import { addDays, checkTimeZone, dayOfWeek, todayIn } from "../../../shared/time-zone";
import { computeStreaks } from "./streaks";

export interface ActivitySummary {
  days: { date: string; count: number }[];
  currentStreak: number;
  longestStreak: number;
  totalChanges: number;
}

/** 52 full weeks plus this week's days so far, starting on a Sunday like GitHub's graph. */
export function heatmapStart(today: string): string {
  return addDays(today, -(51 * 7 + dayOfWeek(today)));
}

/**
 * A user's status changes per day for the activity heatmap, and their streaks,
 * with days cut in the given time zone (one statement). Optionally only changes
 * on some roadmaps (a public profile shows the roadmaps its owner chose, and
 * nothing of the others). "Reset progress" is not study: its events (kind RESET)
 * are left out. Callers authorize: this trusts the user id.
 */
export async function userActivity(
  userId: string,
  options: { timeZone: string; now: Date; roadmapIds?: readonly string[] },
): Promise<ActivitySummary> {
  const timeZone = checkTimeZone(options.timeZone);
  const today = todayIn(timeZone, options.now);
  const start = heatmapStart(today);
  const onRoadmaps = options.roadmapIds
    ? Prisma.sql`AND "roadmapId" = ANY(${[...options.roadmapIds]}::text[])`
    : Prisma.empty;

  // Prisma stores DateTime as UTC in `timestamp without time zone`: mark it as UTC,
  // then convert to the learner's zone before cutting days.
  // Days grouped as dates, and only the groups formatted (to_char on every event cost twice as much).
  const rows = await db().$queryRaw<{ day: string; count: number }[]>`
    SELECT to_char(per_day.day, 'YYYY-MM-DD') AS day, per_day.count
    FROM (
      SELECT (("at" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day, count(*)::int AS count
      FROM "ProgressEvent"
      WHERE "userId" = ${userId} AND "kind" = 'CHANGE' ${onRoadmaps}
      GROUP BY 1
    ) per_day`;
  const countByDay = new Map(rows.map((row) => [row.day, row.count]));

  const days: ActivitySummary["days"] = [];
  for (let date = start; date <= today; date = addDays(date, 1)) days.push({ date, count: countByDay.get(date) ?? 0 });
  const { current, longest } = computeStreaks(countByDay.keys(), today);
  return {
    days,
    currentStreak: current,
    longestStreak: longest,
    totalChanges: days.reduce((sum, day) => sum + day.count, 0),
  };
}
