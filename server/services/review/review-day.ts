import "server-only";

import { Prisma } from "../../db/generated/client";
import { addDays, todayIn } from "../../../shared/time-zone";

/**
 * The learner's today as stored instants: the UTC timestamps (Prisma's
 * DateTime columns) of local midnight today and tomorrow in their zone, cut by
 * PostgreSQL's zone rules, so a day across a daylight-saving change is 23 or
 * 25 hours long as it is where they are.
 */
export function reviewDayBounds(timeZone: string, now: Date) {
  const today = todayIn(timeZone, now);
  const midnight = (date: string) =>
    Prisma.sql`((${date}::date::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')`;
  return { today, todayStart: midnight(today), tomorrowStart: midnight(addDays(today, 1)), midnight };
}
