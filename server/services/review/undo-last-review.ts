import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError } from "../../../shared/errors";
import { cardFromJson, type ReviewCardJson } from "../../../shared/review/review-card";
import { REVIEW_LIMITS } from "../../../shared/review/review-limits";
import { idSchema } from "../ids";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { lockReviewCard } from "./lock-review-card";
import { notInReview } from "./review-item";
import { utcTimestamp } from "./review-card-row";

export const undoLastReviewInput = z.object({ itemId: idSchema });

/**
 * Takes back the viewer's latest rating of an item, given less than ten
 * minutes ago: the event goes and the card is what it was before it (kept in
 * the event). Anything older stays history. Two statements in a transaction.
 */
export async function undoLastReview(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ itemId: string; roadmapId: string }> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { itemId } = validate(undoLastReviewInput, input);
  return db().$transaction(async (tx) => {
    const { card, roadmapId, latest } = await lockReviewCard(tx, writer.userId, itemId, { eventId: null, reps: null });
    if (!card || !roadmapId) throw notInReview(itemId);
    if (!latest) throw new BadInputError(`Item ${itemId} has no rating to undo.`);
    if (Date.now() - latest.reviewedAt.getTime() >= REVIEW_LIMITS.undoWindowMs) {
      throw new BadInputError(
        `The latest rating of item ${itemId} is more than 10 minutes old: it can no longer be undone.`,
      );
    }
    const before = cardFromJson(latest.cardBefore as ReviewCardJson);
    await tx.$executeRaw`
      WITH removed AS (DELETE FROM "ReviewEvent" WHERE "id" = ${latest.id} RETURNING 1)
      UPDATE "ReviewCard" SET "due" = ${utcTimestamp(before.due)}, "stability" = ${before.stability},
        "difficulty" = ${before.difficulty}, "reps" = ${before.reps}, "lapses" = ${before.lapses},
        "state" = ${before.state}, "scheduledDays" = ${before.scheduledDays}, "learningSteps" = ${before.learningSteps},
        "lastReview" = ${utcTimestamp(before.lastReview)}
      WHERE "userId" = ${writer.userId} AND "itemId" = ${itemId} AND EXISTS (SELECT 1 FROM removed)`;
    return { itemId, roadmapId };
  });
}
