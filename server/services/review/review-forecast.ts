import "server-only";

import { db } from "../../db/client";
import { addDays, todayIn } from "../../../shared/time-zone";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";

/**
 * Reviews falling due on each of the next `days` days on one roadmap, in the
 * learner's zone (overdue ones counted today), days without any left out: a
 * calendar feed's daily review reminders. Callers authorize. One statement.
 */
export async function reviewForecastOnRoadmap(
  userId: string,
  roadmapId: string,
  timeZone: string,
  days = 14,
): Promise<{ date: string; count: number }[]> {
  const today = todayIn(timeZone);
  const horizon = addDays(today, days);
  return db().$queryRaw<{ date: string; count: number }[]>`
    SELECT GREATEST(((rc."due" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, ${today}::date)::text AS "date",
      count(*)::int AS "count"
    FROM "ReviewCard" rc JOIN "Item" i ON i."id" = rc."itemId" JOIN "Section" s ON s."id" = i."sectionId"
    WHERE rc."userId" = ${userId} AND rc."roadmapId" = ${roadmapId} AND ${LIVE_ITEM_SQL}
      AND rc."due" < ((${horizon}::date::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')
    GROUP BY 1 ORDER BY 1`;
}
