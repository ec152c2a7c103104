import type { ReviewCardState } from "./review-card";
import type { ReviewRatingName } from "./review-limits";
import { enterReview, rateCard } from "./scheduler";

export interface RatingEvent {
  rating: ReviewRatingName;
  reviewedAt: Date;
  /** The desired retention the rating was scheduled with. */
  retention: number;
}

/**
 * A card from its history alone: the item entering review, then each rating in
 * order. The stored card must always equal this (a property test checks it).
 */
export function rebuildReviewCard(
  enteredAt: Date,
  enteredRetention: number,
  events: readonly RatingEvent[],
): ReviewCardState {
  let card = enterReview(enteredAt, enteredRetention);
  const ordered = [...events].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  for (const event of ordered) card = rateCard(card, event.rating, event.reviewedAt, event.retention);
  return card;
}
