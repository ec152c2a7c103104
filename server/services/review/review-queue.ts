import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError } from "../../../shared/errors";
import type { ReviewCardState } from "../../../shared/review/review-card";
import { REVIEW_LIMITS } from "../../../shared/review/review-limits";
import { checkTimeZone } from "../../../shared/time-zone";
import { idSchema } from "../ids";
import { MAX_PAGE_SIZE, type Page } from "../pagination";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import { visibleRoadmapSql } from "../roadmaps/visibility/roadmap-access";
import { Prisma } from "../../db/generated/client";
import { cardOfRow, REVIEW_CARD_COLUMNS, type ReviewCardRow } from "./review-card-row";
import { reviewDayBounds } from "./review-day";

export const reviewQueueInput = z.object({
  roadmapId: idSchema.nullish(),
  timeZone: z.string().max(80),
});

export const reviewQueuePageInput = z.object({
  first: z.number().int().min(0, "must be at least 0").max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).nullish(),
  after: z.string().max(40, "is not a cursor of this list").nullish(),
});

export interface ReviewQueueEntry {
  itemId: string;
  roadmapId: string;
  card: ReviewCardState;
}

export interface ReviewQueueCounts {
  /** Reviews due by the end of today where the learner is, overdue ones included. */
  dueToday: number;
  /** Of those, the ones due before today. */
  overdue: number;
  /** Ratings the learner gave today (on any roadmap). */
  reviewedToday: number;
  dailyLimit: number;
  /** How many more reviews today's limit allows. */
  remainingToday: number;
  /** What the page reads with: the same cards, at the same instant. */
  scope: { userId: string; cards: Prisma.Sql; todayStart: Prisma.Sql; now: Date };
}

/*
 * The viewer's review queue (on one roadmap, or all) costs two statements
 * whatever its size: the counts, then one page. Ordering by retrievability
 * needs no copy of FSRS's curve in SQL: R falls as (whole days since the last
 * review) / stability grows, so ordering by that ratio, largest first, is
 * ordering by R, lowest first. Pages are positions in that order (it moves with
 * the clock and with each rating, so no row's own value is a stable cursor).
 */

/** The queue's counts, in the learner's today. */
export async function reviewQueueCounts(viewer: MaybeViewer, input: unknown): Promise<ReviewQueueCounts> {
  const reader = requireScope(viewer, "READ_PROGRESS");
  const { roadmapId, timeZone } = validate(reviewQueueInput, input);
  checkTimeZone(timeZone);
  const now = new Date();
  const { todayStart, tomorrowStart } = reviewDayBounds(timeZone, now);
  const userId = reader.userId;
  const cards = Prisma.sql`"ReviewCard" rc
    JOIN "Item" i ON i."id" = rc."itemId" JOIN "Section" s ON s."id" = i."sectionId"
    JOIN "Roadmap" r ON r."id" = rc."roadmapId"
    WHERE rc."userId" = ${userId} AND ${LIVE_ITEM_SQL} AND ${visibleRoadmapSql(reader)}
      ${roadmapId ? Prisma.sql`AND rc."roadmapId" = ${roadmapId}` : Prisma.empty}
      AND rc."due" < ${tomorrowStart}`;
  const [counts] = await db().$queryRaw<
    { dueToday: number; overdue: number; reviewedToday: number; dailyLimit: number | null }[]
  >`
    SELECT
      (SELECT count(*)::int FROM ${cards}) AS "dueToday",
      (SELECT count(*)::int FROM ${cards} AND rc."due" < ${todayStart}) AS "overdue",
      (SELECT count(*)::int FROM "ReviewEvent" e WHERE e."userId" = ${userId} AND e."reviewedAt" >= ${todayStart}
        AND e."reviewedAt" < ${tomorrowStart}) AS "reviewedToday",
      (SELECT "dailyLimit" FROM "ReviewSettings" WHERE "userId" = ${userId}) AS "dailyLimit"`;
  const dailyLimit = counts?.dailyLimit ?? REVIEW_LIMITS.defaultDailyLimit;
  const reviewedToday = counts?.reviewedToday ?? 0;
  return {
    dueToday: counts?.dueToday ?? 0,
    overdue: counts?.overdue ?? 0,
    reviewedToday,
    dailyLimit,
    remainingToday: Math.max(0, dailyLimit - reviewedToday),
    scope: { userId, cards, todayStart, now },
  };
}

/** A page of the items today's limit leaves to review, overdue first, then by retrievability (lowest first). */
export async function reviewQueuePage(counts: ReviewQueueCounts, input: unknown): Promise<Page<ReviewQueueEntry>> {
  const { first: asked, after } = validate(reviewQueuePageInput, input);
  const first = asked ?? 20;
  const offset = after ? decodeOffset(after) : 0;
  const window = Math.min(counts.remainingToday, counts.dueToday);
  const shown = Math.max(0, Math.min(first, window - offset));
  const { cards, todayStart, now } = counts.scope;
  const rows =
    shown === 0
      ? []
      : await db().$queryRaw<ReviewCardRow[]>`
    SELECT ${REVIEW_CARD_COLUMNS} FROM ${cards}
    ORDER BY (rc."due" < ${todayStart}) DESC,
      floor(extract(epoch FROM (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        - COALESCE(rc."lastReview", rc."enteredAt")) / 86400) / rc."stability" DESC,
      rc."itemId"
    LIMIT ${shown} OFFSET ${offset}`;
  const edges = rows.map((row, index) => ({
    cursor: encodeOffset(offset + index + 1),
    node: { itemId: row.itemId, roadmapId: row.roadmapId, card: cardOfRow(row) },
  }));
  return { edges, hasNextPage: offset + edges.length < window, hasPreviousPage: offset > 0 };
}

function encodeOffset(offset: number): string {
  return Buffer.from(`q:${offset}`).toString("base64url");
}

function decodeOffset(cursor: string): number {
  const match = /^q:(\d{1,6})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) {
    throw new BadInputError("`after` is not a cursor of this list.", {
      fields: { after: "is not a cursor of this list" },
    });
  }
  return Number(match[1]);
}
