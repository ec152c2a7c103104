import type { ReviewCardState } from "./review-card";
import { REVIEW_LIMITS } from "./review-limits";
import { enterReview } from "./scheduler";

/** The desired retentions a learner may choose: whole percents, so that each has its first interval here. */
export const RETENTION_CHOICES: readonly number[] = Array.from(
  { length: Math.round((REVIEW_LIMITS.maxDesiredRetention - REVIEW_LIMITS.minDesiredRetention) * 100) + 1 },
  (_, index) => Math.round((REVIEW_LIMITS.minDesiredRetention + index / 100) * 100) / 100,
);

let table: { card: ReviewCardState; retentions: number[]; days: number[] } | undefined;

/**
 * What FSRS gives an item entering review, for every retention a learner may
 * choose. Only the first interval depends on the retention (the first GOOD's
 * stability and difficulty do not), so one write can enter any number of items
 * at the learner's retention, looked up in the database, with no other read.
 */
export function firstReviews() {
  if (!table) {
    const at = new Date(0);
    const cards = RETENTION_CHOICES.map((retention) => enterReview(at, retention));
    table = { card: cards[0]!, retentions: [...RETENTION_CHOICES], days: cards.map((card) => card.scheduledDays) };
  }
  return table;
}
