import { describe, expect, it } from "vitest";
import { cardFromJson } from "@/shared/review/review-card";
import { rebuildReviewCard } from "@/shared/review/rebuild-review-card";
import {
  followStatus,
  guestItemsDue,
  guestRatingsToMerge,
  parseGuestReview,
  rateGuestItem,
  undoGuestRating,
  type GuestReview,
} from "./guest-review-state";

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-01-10T08:00:00Z");

describe("a guest's review in the browser", () => {
  it("enters on DONE, leaves on anything else, and rates with the server's scheduler", () => {
    let review: GuestReview = {};
    review = followStatus(review, "a", "r", "DONE", start);
    review = followStatus(review, "b", "r", "SKIPPED", start);
    expect(Object.keys(review)).toEqual(["a"]);
    const due = new Date(review.a!.card.due);
    expect(guestItemsDue(review, new Date(due.getTime() - 1))).toEqual([]);
    expect(guestItemsDue(review, new Date(due.getTime() + 1))).toEqual(["a"]);
    review = rateGuestItem(review, "a", "GOOD", new Date(due.getTime() + DAY));
    review = rateGuestItem(review, "a", "AGAIN", new Date(due.getTime() + 40 * DAY));
    // The card is what the account rebuilds from the ratings it is handed.
    const rebuilt = rebuildReviewCard(
      start,
      0.9,
      review.a!.ratings.map((entry) => ({
        rating: entry.rating,
        reviewedAt: new Date(entry.reviewedAt),
        retention: 0.9,
      })),
    );
    expect(rebuilt).toEqual(cardFromJson(review.a!.card));
    expect(guestRatingsToMerge(review).map((entry) => `${entry.itemId}:${entry.rating}`)).toEqual([
      "a:GOOD",
      "a:AGAIN",
    ]);
    // Undo takes back the latest rating only.
    const undone = undoGuestRating(review, "a");
    expect(undone.a!.ratings.map((entry) => entry.rating)).toEqual(["GOOD"]);
    expect(cardFromJson(undone.a!.card).reps).toBe(2);
    // Set back to in progress: out of review.
    expect(followStatus(review, "a", "r", "IN_PROGRESS", start)).toEqual({});
  });

  it("reads back what it wrote and drops what it cannot read", () => {
    const review = followStatus({}, "a", "r", "DONE", start);
    expect(parseGuestReview(JSON.stringify(review))).toEqual(review);
    expect(parseGuestReview(JSON.stringify({ a: { roadmapId: "r" }, b: review.a }))).toEqual({ b: review.a });
    expect(parseGuestReview("not json")).toEqual({});
  });
});
