import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError } from "../../../shared/errors";
import { cardToJson } from "../../../shared/review/review-card";
import { REVIEW_LIMITS, REVIEW_RATINGS, type ReviewRatingName } from "../../../shared/review/review-limits";
import { rateCard } from "../../../shared/review/scheduler";
import { idSchema } from "../ids";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { lockReviewCard } from "./lock-review-card";
import { utcTimestamp } from "./review-card-row";

/** The item rated; its roadmap, null only when a retried rating's item has left review since. */
export interface ReviewWrite {
  itemId: string;
  roadmapId: string | null;
}

export const reviewItemInput = z.object({
  itemId: idSchema,
  rating: z.enum(REVIEW_RATINGS),
  /** The client's id for this rating: a retry with the same id is written once. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8 to 64 letters, digits, - or _")
    .nullish(),
  /** The card's reps as the client saw it (ReviewState.reps): a second rating of that state is a retry. */
  reps: z.number().int().min(0, "must be at least 0").max(1_000_000, "is too large").nullish(),
});

/**
 * Rates the viewer's recall of an item in review: one event in the history and
 * the card rescheduled by FSRS, in one transaction of two statements (the card
 * locked with what a retry needs to know, then the event and the card written
 * together). A retry counts once: the same client id, or a rating of a card
 * state already rated (the `reps` the client saw; without it, the same rating
 * as the card's latest one, given within the undo window, is taken for a retry:
 * a card just rated is not due again for days). An item not in the viewer's
 * review is BAD_USER_INPUT.
 */
export async function reviewItem(viewer: MaybeViewer, input: unknown): Promise<ReviewWrite> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { itemId, rating, id, reps } = validate(reviewItemInput, input);
  return db().$transaction(async (tx) => {
    const locked = await lockReviewCard(tx, writer.userId, itemId, { eventId: id ?? null, reps: reps ?? null });
    if (locked.idUsedBy) {
      if (locked.idUsedBy === itemId && locked.idOwnedByViewer) return { itemId, roadmapId: locked.roadmapId };
      throw new BadInputError(`The rating id "${id}" was already used for another rating.`, {
        fields: { id: "is already used" },
      });
    }
    const { card, retention } = locked;
    if (!card || !locked.roadmapId) throw notInReview(itemId);
    const roadmapId = locked.roadmapId;
    const now = new Date();
    if (reps !== null && reps !== undefined && reps !== card.reps) {
      if (locked.ratedAtReps) return { itemId, roadmapId };
      throw new BadInputError(
        `The review of item ${itemId} changed since it was read (reps ${reps}, now ${card.reps}): read it again.`,
        { fields: { reps: "is not the card's" } },
      );
    }
    if ((reps === null || reps === undefined) && !id && isRetry(locked.latest, rating, now))
      return { itemId, roadmapId };
    const next = rateCard(card, rating, now, retention);
    await tx.$executeRaw`
      WITH event AS (
        INSERT INTO "ReviewEvent" ("id", "userId", "itemId", "roadmapId", "rating", "reviewedAt", "retention",
          "cardEnteredAt", "repsBefore", "cardBefore")
        VALUES (COALESCE(${id ?? null}::text, gen_random_uuid()::text), ${writer.userId}, ${itemId}, ${roadmapId},
          ${rating}::"ReviewRating", ${utcTimestamp(now)}, ${retention}, ${utcTimestamp(card.enteredAt)}, ${card.reps},
          ${JSON.stringify(cardToJson(card))}::jsonb)
        ON CONFLICT DO NOTHING
        RETURNING 1
      )
      UPDATE "ReviewCard" SET "due" = ${utcTimestamp(next.due)}, "stability" = ${next.stability},
        "difficulty" = ${next.difficulty}, "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state},
        "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
        "lastReview" = ${utcTimestamp(next.lastReview)}
      WHERE "userId" = ${writer.userId} AND "itemId" = ${itemId} AND EXISTS (SELECT 1 FROM event)`;
    return { itemId, roadmapId };
  });
}

export function notInReview(itemId: string): BadInputError {
  return new BadInputError(
    `Item ${itemId} is not in your review: only items you finished, on a roadmap with review on, are.`,
    { fields: { itemId: "is not in review" } },
  );
}

function isRetry(latest: { rating: ReviewRatingName; reviewedAt: Date } | null, rating: ReviewRatingName, now: Date) {
  return (
    latest !== null &&
    latest.rating === rating &&
    now.getTime() - latest.reviewedAt.getTime() < REVIEW_LIMITS.undoWindowMs
  );
}
