import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { cardToJson, type ReviewCardState } from "../../../shared/review/review-card";
import { REVIEW_LIMITS, REVIEW_RATINGS, type ReviewRatingName } from "../../../shared/review/review-limits";
import { rateCard } from "../../../shared/review/scheduler";
import { idSchema } from "../ids";
import { batchTransaction } from "../progress/apply-status-changes";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import { cardOfRow, REVIEW_CARD_COLUMNS, type ReviewCardRow } from "./review-card-row";

export const mergeGuestReviewsInput = z.object({
  ratings: z
    .array(z.object({ itemId: idSchema, rating: z.enum(REVIEW_RATINGS), reviewedAt: z.coerce.date() }))
    .max(REVIEW_LIMITS.guestRatingsPerMerge),
});

/**
 * Folds the ratings a visitor gave in this browser into their account, after
 * their statuses (so the items they finished are in review): per item, the
 * guest's ratings newer than the account's latest (its last review) are
 * applied in time order, each an event in the history, so the latest rating
 * wins and the card stays the fold of its events. Items not in the account's
 * review are ignored, as stale browsers must not fail a sign-in. Bounded like
 * the status merge (5,000 ratings), in two statements whatever the number.
 */
export async function mergeGuestReviews(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ merged: number; ignored: number }> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { ratings } = validate(mergeGuestReviewsInput, input);
  if (ratings.length === 0) return { merged: 0, ignored: 0 };
  const userId = writer.userId;
  const now = Date.now();
  return db().$transaction(async (tx) => {
    const itemIds = [...new Set(ratings.map((entry) => entry.itemId))].sort();
    const rows = await tx.$queryRaw<(ReviewCardRow & { retention: number | null })[]>`
      SELECT ${REVIEW_CARD_COLUMNS}, settings."desiredRetention" AS "retention" FROM "ReviewCard" rc
      JOIN "Item" i ON i."id" = rc."itemId" JOIN "Section" s ON s."id" = i."sectionId"
      LEFT JOIN "ReviewSettings" settings ON settings."userId" = rc."userId"
      WHERE rc."userId" = ${userId} AND rc."itemId" = ANY(${itemIds}::text[]) AND ${LIVE_ITEM_SQL}
      ORDER BY rc."itemId"
      FOR UPDATE OF rc`;
    const cards = new Map(rows.map((row) => [row.itemId, { row, card: cardOfRow(row) }]));
    const retention = rows[0]?.retention ?? REVIEW_LIMITS.defaultDesiredRetention;
    const events: { itemId: string; roadmapId: string; rating: ReviewRatingName; at: Date; before: ReviewCardState }[] =
      [];
    const ordered = [...ratings]
      .map((entry) => ({ ...entry, reviewedAt: new Date(Math.min(entry.reviewedAt.getTime(), now)) }))
      .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    for (const entry of ordered) {
      const found = cards.get(entry.itemId);
      if (!found) continue;
      const latest = found.card.lastReview ?? found.card.enteredAt;
      if (entry.reviewedAt.getTime() <= latest.getTime()) continue;
      events.push({
        itemId: entry.itemId,
        roadmapId: found.row.roadmapId,
        rating: entry.rating,
        at: entry.reviewedAt,
        before: found.card,
      });
      found.card = rateCard(found.card, entry.rating, entry.reviewedAt, retention);
    }
    if (events.length === 0) return { merged: 0, ignored: ratings.length };
    const changed = [...new Set(events.map((event) => event.itemId))].map((itemId) => ({
      itemId,
      card: cards.get(itemId)!.card,
    }));
    await tx.$executeRaw`
      WITH events AS (
        INSERT INTO "ReviewEvent" ("id", "userId", "itemId", "roadmapId", "rating", "reviewedAt", "retention",
          "cardEnteredAt", "repsBefore", "cardBefore")
        SELECT gen_random_uuid()::text, ${userId}, e."itemId", e."roadmapId", e."rating"::"ReviewRating",
          e."at"::timestamptz AT TIME ZONE 'UTC', ${retention}, e."enteredAt"::timestamptz AT TIME ZONE 'UTC',
          e."reps", e."before"::jsonb
        FROM unnest(${events.map((e) => e.itemId)}::text[], ${events.map((e) => e.roadmapId)}::text[],
          ${events.map((e) => e.rating)}::text[], ${events.map((e) => e.at.toISOString())}::text[],
          ${events.map((e) => e.before.enteredAt.toISOString())}::text[], ${events.map((e) => e.before.reps)}::int[],
          ${events.map((e) => JSON.stringify(cardToJson(e.before)))}::text[])
          AS e("itemId", "roadmapId", "rating", "at", "enteredAt", "reps", "before")
      )
      UPDATE "ReviewCard" rc SET "due" = c."due"::timestamptz AT TIME ZONE 'UTC', "stability" = c."stability",
        "difficulty" = c."difficulty", "reps" = c."reps", "lapses" = c."lapses", "state" = c."state",
        "scheduledDays" = c."scheduledDays", "learningSteps" = c."learningSteps",
        "lastReview" = c."lastReview"::timestamptz AT TIME ZONE 'UTC'
      FROM unnest(${changed.map((c) => c.itemId)}::text[], ${changed.map((c) => c.card.due.toISOString())}::text[],
        ${changed.map((c) => c.card.stability)}::float8[], ${changed.map((c) => c.card.difficulty)}::float8[],
        ${changed.map((c) => c.card.reps)}::int[], ${changed.map((c) => c.card.lapses)}::int[],
        ${changed.map((c) => c.card.state)}::int[], ${changed.map((c) => c.card.scheduledDays)}::int[],
        ${changed.map((c) => c.card.learningSteps)}::int[], ${changed.map((c) => c.card.lastReview?.toISOString() ?? null)}::text[])
        AS c("itemId", "due", "stability", "difficulty", "reps", "lapses", "state", "scheduledDays", "learningSteps", "lastReview")
      WHERE rc."userId" = ${userId} AND rc."itemId" = c."itemId"`;
    return { merged: events.length, ignored: ratings.length - events.length };
  }, batchTransaction());
}
