import "server-only";

import { db } from "../../db/client";
import { addDays } from "../../../shared/time-zone";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import { visibleRoadmapSql } from "../roadmaps/visibility/roadmap-access";
import { requireScope, type MaybeViewer } from "../viewer";
import { reviewDayBounds } from "./review-day";
import { loadReviewSettings } from "./review-settings";

export const FORECAST_DAYS = 14;

export interface ReviewSummary {
  /** Due by the end of today where the learner is, overdue included. */
  dueToday: number;
  /** Due by the end of the seventh day from today, overdue included. */
  dueThisWeek: number;
  /** The share of ratings GOOD or EASY over the last 30 days; null without ratings. */
  measuredRetention: number | null;
  ratingsLast30Days: number;
  desiredRetention: number;
  dailyLimit: number;
  /** Ratings given today: with the limit, how many of today's reviews the session will still show. */
  reviewedToday: number;
  /** Reviews falling due on each of the next 14 days (today first, overdue counted today). */
  forecast: { date: string; count: number }[];
}

/**
 * The dashboard's review card in one statement: due counts and the 14-day
 * forecast cut by the learner's local days, and the measured retention.
 */
export async function reviewSummary(viewer: MaybeViewer, timeZone: string): Promise<ReviewSummary> {
  const reader = requireScope(viewer, "READ_PROGRESS");
  const userId = reader.userId;
  const now = new Date();
  const { today, todayStart, midnight } = reviewDayBounds(timeZone, now);
  const horizon = midnight(addDays(today, FORECAST_DAYS));
  const monthAgo = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const [rows, settings] = await Promise.all([
    db().$queryRaw<
      { day: string | null; count: number; good: number | null; rated: number | null; today: number | null }[]
    >`
      SELECT GREATEST(((rc."due" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, ${today}::date)::text AS "day",
        count(*)::int AS "count", NULL::int AS "good", NULL::int AS "rated", NULL::int AS "today"
      FROM "ReviewCard" rc JOIN "Item" i ON i."id" = rc."itemId" JOIN "Section" s ON s."id" = i."sectionId"
      JOIN "Roadmap" r ON r."id" = rc."roadmapId"
      -- As the queue counts them: live items of roadmaps the learner may still see.
      WHERE rc."userId" = ${userId} AND ${LIVE_ITEM_SQL} AND ${visibleRoadmapSql(reader)} AND rc."due" < ${horizon}
      GROUP BY 1
      UNION ALL
      SELECT NULL::text, 0, count(*) FILTER (WHERE e."rating" IN ('GOOD', 'EASY'))::int, count(*)::int,
        count(*) FILTER (WHERE e."reviewedAt" >= ${todayStart})::int
      FROM "ReviewEvent" e WHERE e."userId" = ${userId} AND e."reviewedAt" >= ${monthAgo.toISOString()}::timestamptz AT TIME ZONE 'UTC'`,
    loadReviewSettings(userId),
  ]);
  const byDay = new Map<string, number>();
  let good = 0;
  let rated = 0;
  let reviewedToday = 0;
  for (const row of rows) {
    if (row.day) byDay.set(row.day, row.count);
    else {
      good = row.good ?? 0;
      rated = row.rated ?? 0;
      reviewedToday = row.today ?? 0;
    }
  }
  const forecast = Array.from({ length: FORECAST_DAYS }, (_, index) => {
    const date = addDays(today, index);
    return { date, count: byDay.get(date) ?? 0 };
  });
  return {
    dueToday: forecast[0]!.count,
    dueThisWeek: forecast.slice(0, 7).reduce((sum, day) => sum + day.count, 0),
    measuredRetention: rated > 0 ? good / rated : null,
    ratingsLast30Days: rated,
    desiredRetention: settings.desiredRetention,
    dailyLimit: settings.dailyLimit,
    reviewedToday,
    forecast,
  };
}
