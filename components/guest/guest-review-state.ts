import { cardFromJson, cardToJson, type ReviewCardJson } from "@/shared/review/review-card";
import { REVIEW_LIMITS, REVIEW_RATINGS, type ReviewRatingName } from "@/shared/review/review-limits";
import { rebuildReviewCard } from "@/shared/review/rebuild-review-card";
import { enterReview, rateCard } from "@/shared/review/scheduler";

/*
 * A visitor's spaced review, as pure functions over what the browser keeps: the
 * same scheduler as the server (shared/review/scheduler.ts), so a guest's card
 * is the one the account rebuilds from the ratings handed over at sign-in.
 */

export interface GuestReviewEntry {
  roadmapId: string;
  card: ReviewCardJson;
  ratings: { rating: ReviewRatingName; reviewedAt: string }[];
}

export type GuestReview = Readonly<Record<string, GuestReviewEntry>>;

function isEntry(value: unknown): value is GuestReviewEntry {
  const entry = value as Partial<GuestReviewEntry> | null;
  return (
    typeof entry === "object" &&
    entry !== null &&
    typeof entry.roadmapId === "string" &&
    typeof entry.card === "object" &&
    entry.card !== null &&
    typeof entry.card.due === "string" &&
    Array.isArray(entry.ratings) &&
    entry.ratings.every(
      (rating) => REVIEW_RATINGS.includes(rating.rating) && !Number.isNaN(Date.parse(rating.reviewedAt)),
    )
  );
}

/** Stored review; unreadable entries (edited by hand, from an old version) are left out. */
export function parseGuestReview(json: string): GuestReview {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isEntry(entry)));
}

/** After a status change: DONE enters review (if not in it), anything else leaves it. */
export function followStatus(
  review: GuestReview,
  itemId: string,
  roadmapId: string,
  status: string,
  at: Date,
): GuestReview {
  if (status === "DONE") {
    if (review[itemId]) return review;
    const card = enterReview(at, REVIEW_LIMITS.defaultDesiredRetention);
    return { ...review, [itemId]: { roadmapId, card: cardToJson(card), ratings: [] } };
  }
  if (!review[itemId]) return review;
  const { [itemId]: _left, ...rest } = review;
  return rest;
}

/** A rating: the card moves on, and the rating is kept for the merge at sign-in. */
export function rateGuestItem(review: GuestReview, itemId: string, rating: ReviewRatingName, at: Date): GuestReview {
  const entry = review[itemId];
  if (!entry) return review;
  const card = rateCard(cardFromJson(entry.card), rating, at, REVIEW_LIMITS.defaultDesiredRetention);
  return {
    ...review,
    [itemId]: {
      ...entry,
      card: cardToJson(card),
      ratings: [...entry.ratings, { rating, reviewedAt: at.toISOString() }],
    },
  };
}

/** The ratings to hand to the account (mergeGuestReviews), at most as many as it takes. */
export function guestRatingsToMerge(review: GuestReview) {
  return Object.entries(review)
    .flatMap(([itemId, entry]) => entry.ratings.map((rating) => ({ itemId, ...rating })))
    .sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt))
    .slice(-REVIEW_LIMITS.guestRatingsPerMerge);
}

/** Items due by `until` (the end of the guest's today), the least recently reviewed first. */
export function guestItemsDue(review: GuestReview, until: Date): string[] {
  return Object.entries(review)
    .filter(([, entry]) => Date.parse(entry.card.due) < until.getTime())
    .sort(([, a], [, b]) => Date.parse(a.card.due) - Date.parse(b.card.due))
    .map(([itemId]) => itemId);
}

/** Takes back an item's latest rating: the card is rebuilt from the ratings before it. */
export function undoGuestRating(review: GuestReview, itemId: string): GuestReview {
  const entry = review[itemId];
  if (!entry || entry.ratings.length === 0) return review;
  const ratings = entry.ratings.slice(0, -1);
  const entered = cardFromJson(entry.card);
  const card = rebuildReviewCard(
    entered.enteredAt,
    entered.enteredRetention,
    ratings.map((rating) => ({
      ...rating,
      reviewedAt: new Date(rating.reviewedAt),
      retention: entered.enteredRetention,
    })),
  );
  return { ...review, [itemId]: { ...entry, card: cardToJson(card), ratings } };
}
