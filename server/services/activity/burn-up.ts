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
 * Items finished per day (cumulative) on each of some roadmaps, from the
 * append-only history: each event moves the counts by where it came from and
 * went to, so the last bucket always equals today's completion. Starts at zero
 * the day before the first change (or at the window's first day), ends today;
 * a roadmap without history has no buckets. One statement for all of them (a
 * dashboard follows dozens).
 */
export async function burnUps(
  viewer: MaybeViewer,
  roadmaps: readonly { roadmapId: string; total: number }[],
  args: { days: number; timeZone: string },
  now = new Date(),
): Promise<Map<string, ProgressBucket[]>> {
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const timeZone = checkTimeZone(args.timeZone);
  const days = Math.min(Math.max(Math.trunc(args.days), 1), MAX_HISTORY_DAYS);
  const histories = new Map<string, ProgressBucket[]>(roadmaps.map((roadmap) => [roadmap.roadmapId, []]));
  if (roadmaps.length === 0) return histories;
  // Prisma stores DateTime as UTC in `timestamp without time zone`: mark it as UTC,
  // then convert to the learner's zone before cutting days. Days are grouped as
  // dates and only the groups are formatted: to_char on every event cost twice as much.
  // Events of retired items count nowhere. They are few, so the statement finds
  // the roadmaps' retired items once, each half by its roadmap's index (a join
  // of Item and Section would read every section of the site), and leaves their
  // events out by a hash anti join, instead of looking every event's item and
  // section up by key: that cost grew with the site's tables (80,000 buffers for
  // 10,000 events on bench:site's large site, 876 now, 734 on the small one).
  const roadmapIds = roadmaps.map((roadmap) => roadmap.roadmapId);
  const rows = await db().$queryRaw<DayRow[]>`
    WITH retired AS MATERIALIZED (
      SELECT i."id" FROM "Item" i WHERE i."roadmapId" = ANY(${roadmapIds}) AND i."retiredAt" IS NOT NULL
      UNION ALL
      SELECT i."id" FROM "Section" s JOIN "Item" i ON i."sectionId" = s."id"
      WHERE s."roadmapId" = ANY(${roadmapIds}) AND s."retiredAt" IS NOT NULL
    )
    SELECT per_day."roadmapId", to_char(per_day.day, 'YYYY-MM-DD') AS day, per_day.finished, per_day.done
    FROM (
      SELECT e."roadmapId", ((e."at" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day,
        sum((e."to" IN ('DONE', 'SKIPPED'))::int - (e."from" IN ('DONE', 'SKIPPED'))::int)::int AS finished,
        sum((e."to" = 'DONE')::int - (e."from" = 'DONE')::int)::int AS done
      FROM "ProgressEvent" e
      WHERE e."userId" = ${userId} AND e."roadmapId" = ANY(${roadmapIds})
        AND NOT EXISTS (SELECT 1 FROM retired r WHERE r."id" = e."itemId")
      GROUP BY 1, 2
    ) per_day
    ORDER BY per_day."roadmapId", per_day.day`;
  const rowsOf = new Map<string, DayRow[]>();
  for (const row of rows) {
    const list = rowsOf.get(row.roadmapId) ?? [];
    list.push(row);
    rowsOf.set(row.roadmapId, list);
  }
  const today = todayIn(timeZone, now);
  for (const { roadmapId, total } of roadmaps) {
    histories.set(
      roadmapId,
      buckets(rowsOf.get(roadmapId) ?? [], { total, today, windowStart: addDays(today, -(days - 1)) }),
    );
  }
  return histories;
}

/** The same for one roadmap. One statement. */
export async function burnUp(
  viewer: MaybeViewer,
  args: { roadmapId: string; total: number; days: number; timeZone: string },
  now = new Date(),
): Promise<ProgressBucket[]> {
  const histories = await burnUps(viewer, [{ roadmapId: args.roadmapId, total: args.total }], args, now);
  return histories.get(args.roadmapId)!;
}

interface DayRow {
  roadmapId: string;
  day: string;
  finished: number;
  done: number;
}

/** One roadmap's days with changes (in order) as cumulative buckets, one per day of the window. */
function buckets(
  rows: readonly DayRow[],
  { total, today, windowStart }: { total: number; today: string; windowStart: string },
): ProgressBucket[] {
  if (rows.length === 0) return [];
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
  const result: ProgressBucket[] = [];
  // The chart starts from zero the day before the very first change, so a learner
  // who started today sees a step up rather than a lone point.
  if (first === rows[0]!.day) result.push({ date: addDays(first, -1), finished: 0, done: 0, total });
  for (let date = first; date <= today; date = addDays(date, 1)) {
    while (next < rows.length && rows[next]!.day === date) {
      finished += rows[next]!.finished;
      done += rows[next]!.done;
      next += 1;
    }
    result.push({ date, finished, done, total });
  }
  return result;
}
