import "server-only";

import type { Prisma } from "../../db/generated/client";
import { REVIEW_LIMITS, type ReviewRatingName } from "../../../shared/review/review-limits";
import type { ReviewCardState } from "../../../shared/review/review-card";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import { cardOfRow, REVIEW_CARD_COLUMNS, type ReviewCardRow } from "./review-card-row";

export interface LockedReviewCard {
  /** The card, locked until the transaction ends; null when the item is not in the learner's review. */
  card: ReviewCardState | null;
  roadmapId: string | null;
  /** The learner's desired retention now. */
  retention: number;
  /** The card's latest rating (since it entered review), if any. */
  latest: { id: string; rating: ReviewRatingName; reviewedAt: Date; cardBefore: unknown } | null;
  /** The item a rating with the asked event id was given to, if that id is taken. */
  idUsedBy: string | null;
  idOwnedByViewer: boolean;
  /** Whether the card was already rated at the asked reps. */
  ratedAtReps: boolean;
}

type Row = ReviewCardRow & {
  retention: number | null;
  latestId: string | null;
  latestRating: ReviewRatingName | null;
  latestAt: Date | null;
  latestCardBefore: unknown;
  idUsedBy: string | null;
  idOwnedByViewer: boolean | null;
  ratedAtReps: boolean | null;
};

/**
 * One statement: the learner's card of a live item, locked (FOR UPDATE), with
 * their desired retention, the card's latest rating, and what a retry check
 * needs. Returns a row even when there is no card (the id check still holds).
 */
export async function lockReviewCard(
  tx: Prisma.TransactionClient,
  userId: string,
  itemId: string,
  ask: { eventId: string | null; reps: number | null },
): Promise<LockedReviewCard> {
  const [row] = await tx.$queryRaw<Row[]>`
    WITH card AS (
      SELECT ${REVIEW_CARD_COLUMNS} FROM "ReviewCard" rc
      JOIN "Item" i ON i."id" = rc."itemId" JOIN "Section" s ON s."id" = i."sectionId"
      WHERE rc."userId" = ${userId} AND rc."itemId" = ${itemId} AND ${LIVE_ITEM_SQL}
      FOR UPDATE OF rc
    )
    SELECT card.*, settings."desiredRetention" AS "retention",
      latest."id" AS "latestId", latest."rating" AS "latestRating", latest."reviewedAt" AS "latestAt",
      latest."cardBefore" AS "latestCardBefore",
      used."itemId" AS "idUsedBy", used."userId" = ${userId} AS "idOwnedByViewer",
      EXISTS (
        SELECT 1 FROM "ReviewEvent" e WHERE e."userId" = ${userId} AND e."itemId" = ${itemId}
          AND e."cardEnteredAt" = card."enteredAt" AND e."repsBefore" = ${ask.reps}::int
      ) AS "ratedAtReps"
    FROM (SELECT 1) AS one
    LEFT JOIN card ON true
    LEFT JOIN "ReviewSettings" settings ON settings."userId" = ${userId}
    LEFT JOIN LATERAL (
      SELECT e."id", e."rating", e."reviewedAt", e."cardBefore" FROM "ReviewEvent" e
      WHERE e."userId" = ${userId} AND e."itemId" = ${itemId} AND e."cardEnteredAt" = card."enteredAt"
      ORDER BY e."repsBefore" DESC LIMIT 1
    ) AS latest ON true
    LEFT JOIN "ReviewEvent" used ON used."id" = ${ask.eventId}::text`;
  return {
    card: row?.itemId ? cardOfRow(row) : null,
    roadmapId: row?.roadmapId ?? null,
    retention: row?.retention ?? REVIEW_LIMITS.defaultDesiredRetention,
    latest:
      row?.latestId && row.latestRating && row.latestAt
        ? { id: row.latestId, rating: row.latestRating, reviewedAt: row.latestAt, cardBefore: row.latestCardBefore }
        : null,
    idUsedBy: row?.idUsedBy ?? null,
    idOwnedByViewer: row?.idOwnedByViewer ?? false,
    ratedAtReps: row?.ratedAtReps ?? false,
  };
}
