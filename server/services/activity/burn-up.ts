import "server-only";

import { db } from "../../db/client";
import { requireScope, type MaybeViewer } from "../viewer";
import { addDays, checkTimeZone, todayIn } from "../../../shared/time-zone";

export interface ProgressBucket {
  date: string;
  finished: number;
  done: number;
  total: number;
}

export const MAX_HISTORY_DAYS = 3660;

/**
 * Items finished per day (cumulative) on one roadmap, from the append-only
 * history: each event moves the counts by where it came from and went to, so the
 * last bucket always equals today's completion. Starts at zero the day before the
 * first change (or at the window's first day), ends today. One statement.
 */
export async function burnUp(
  viewer: MaybeViewer,
  args: { roadmapId: string; total: number; days: number; timeZone: string },
  now = new Date(),
): Promise<ProgressBucket[]> {
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const timeZone = checkTimeZone(args.timeZone);
  const days = Math.min(Math.max(Math.trunc(args.days), 1), MAX_HISTORY_DAYS);
  // Prisma stores DateTime as UTC in `timestamp without time zone`: mark it as UTC,
  // then convert to the learner's zone before cutting days. Days are grouped as
  // dates and only the groups are formatted: to_char on every event cost twice as much.
  const rows = await db().$queryRaw<{ day: string; finished: number; done: number }[]>`
    SELECT to_char(per_day.day, 'YYYY-MM-DD') AS day, per_day.finished, per_day.done
    FROM (
      SELECT ((e."at" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day,
        sum((e."to" IN ('DONE', 'SKIPPED'))::int - (e."from" IN ('DONE', 'SKIPPED'))::int)::int AS finished,
        sum((e."to" = 'DONE')::int - (e."from" = 'DONE')::int)::int AS done
      FROM "ProgressEvent" e
      JOIN "Item" i ON i."id" = e."itemId"
      JOIN "Section" s ON s."id" = i."sectionId"
      WHERE e."userId" = ${userId} AND e."roadmapId" = ${args.roadmapId}
        AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
      GROUP BY 1
    ) per_day
    ORDER BY per_day.day`;
  if (rows.length === 0) return [];

  const today = todayIn(timeZone, now);
  const windowStart = addDays(today, -(days - 1));
  const first = rows[0]!.day < windowStart ? windowStart : rows[0]!.day;
  let finished = 0;
  let done = 0;
  let next = 0;
  // Days before the window only contribute their totals.
  while (next < rows.length && rows[next]!.day < first) {
    finished += rows[next]!.finished;
    done += rows[next]!.done;
    next += 1;
  }
  const buckets: ProgressBucket[] = [];
  // The chart starts from zero the day before the very first change, so a learner
  // who started today sees a step up rather than a lone point.
  if (first === rows[0]!.day) buckets.push({ date: addDays(first, -1), finished: 0, done: 0, total: args.total });
  for (let date = first; date <= today; date = addDays(date, 1)) {
    while (next < rows.length && rows[next]!.day === date) {
      finished += rows[next]!.finished;
      done += rows[next]!.done;
      next += 1;
    }
    buckets.push({ date, finished, done, total: args.total });
  }
  return buckets;
}
