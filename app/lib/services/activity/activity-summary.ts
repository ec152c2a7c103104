import "server-only";

import { db } from "../../db/client";
import { requireScope, type MaybeViewer } from "../viewer";
import { computeStreaks } from "./streaks";
import { addDays, checkTimeZone, dayOfWeek, todayIn } from "../../shared/time-zone";

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
 * The viewer's status changes per day for the activity heatmap, and their
 * streaks, with days cut in the viewer's time zone (two statements).
 */
export async function activitySummary(
  viewer: MaybeViewer,
  timeZoneInput: string,
  now = new Date(),
): Promise<ActivitySummary> {
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const timeZone = checkTimeZone(timeZoneInput);
  const today = todayIn(timeZone, now);
  const start = heatmapStart(today);

  // Prisma stores DateTime as UTC in `timestamp without time zone`: mark it as UTC,
  // then convert to the learner's zone before cutting days.
  const rows = await db().$queryRaw<{ day: string; count: number }[]>`
    SELECT to_char(("at" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*)::int AS count
    FROM "ProgressEvent"
    WHERE "userId" = ${userId}
    GROUP BY 1`;
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
