/** Review's defaults and bounds, shown in settings and enforced by the services. */
export const REVIEW_LIMITS = {
  /** The most reviews a day, by default: a learner back after months is not handed everything at once. */
  defaultDailyLimit: 20,
  maxDailyLimit: 500,
  defaultDesiredRetention: 0.9,
  minDesiredRetention: 0.7,
  maxDesiredRetention: 0.99,
  /** How long after a rating it can be undone. */
  undoWindowMs: 10 * 60 * 1000,
  /** Ratings a guest's browser may hand over at sign-in (like the status merge's bound). */
  guestRatingsPerMerge: 5000,
} as const;

export const REVIEW_RATINGS = ["AGAIN", "HARD", "GOOD", "EASY"] as const;
export type ReviewRatingName = (typeof REVIEW_RATINGS)[number];
