import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardFromJson, cardToJson, type ReviewCardState } from "./review-card";
import { REVIEW_RATINGS } from "./review-limits";
import { rebuildReviewCard, type RatingEvent } from "./rebuild-review-card";
import { enterReview, rateCard } from "./scheduler";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A history as the app writes it: ratings hours to months apart, each with the retention of its day. */
const history = fc.record({
  enteredAt: fc.date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2030-01-01T00:00:00Z"),
    noInvalidDate: true,
  }),
  enteredRetention: fc.constantFrom(0.8, 0.85, 0.9, 0.95),
  ratings: fc.array(
    fc.record({
      rating: fc.constantFrom(...REVIEW_RATINGS),
      gapMs: fc.integer({ min: 60_000, max: 400 * DAY_MS }),
      retention: fc.constantFrom(0.8, 0.9, 0.97),
    }),
    { maxLength: 40 },
  ),
});

describe("a card rebuilt from its rating events", () => {
  it("equals the card kept up to date rating by rating (stored as JSON between ratings)", () => {
    fc.assert(
      fc.property(history, ({ enteredAt, enteredRetention, ratings }) => {
        let stored: ReviewCardState = cardFromJson(cardToJson(enterReview(enteredAt, enteredRetention)));
        let at = enteredAt;
        const events: RatingEvent[] = [];
        for (const { rating, gapMs, retention } of ratings) {
          at = new Date(at.getTime() + gapMs);
          stored = cardFromJson(cardToJson(rateCard(stored, rating, at, retention)));
          events.push({ rating, reviewedAt: at, retention });
        }
        // The events in any order: the rebuild orders them by time.
        expect(rebuildReviewCard(enteredAt, enteredRetention, [...events].reverse())).toEqual(stored);
      }),
      { numRuns: 300 },
    );
  });
});
