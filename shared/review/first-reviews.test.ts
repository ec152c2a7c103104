import { describe, expect, it } from "vitest";
import { firstReviews, RETENTION_CHOICES } from "./first-reviews";
import { enterReview } from "./scheduler";

describe("the first review of every retention a learner may choose", () => {
  it("covers 0.70 to 0.99 in whole percents", () => {
    expect(RETENTION_CHOICES).toHaveLength(30);
    expect(RETENTION_CHOICES[0]).toBe(0.7);
    expect(RETENTION_CHOICES.at(-1)).toBe(0.99);
  });

  it("is what FSRS gives: the same card but for the interval, which shrinks as retention grows", () => {
    const { card, retentions, days } = firstReviews();
    const at = new Date("2026-03-29T00:30:00Z");
    retentions.forEach((retention, index) => {
      const entered = enterReview(at, retention);
      expect(entered.scheduledDays).toBe(days[index]);
      expect({
        ...entered,
        due: null,
        scheduledDays: 0,
        lastReview: null,
        enteredAt: null,
        enteredRetention: 0,
      }).toEqual({ ...card, due: null, scheduledDays: 0, lastReview: null, enteredAt: null, enteredRetention: 0 });
    });
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });
});

describe("the backfill of items finished before review existed", () => {
  it("writes the card FSRS gives at the default retention", async () => {
    const { readFileSync } = await import("node:fs");
    const sql = readFileSync(
      new URL("../../prisma/migrations/20261206011500_review_backfill/migration.sql", import.meta.url),
      "utf8",
    );
    const card = enterReview(new Date("2026-01-01T00:00:00Z"), 0.9);
    expect(sql).toContain(
      `p."updatedAt" + interval '${card.scheduledDays} days', ${card.stability}, ${card.difficulty}, ${card.reps}, ${card.lapses},\n  ${card.state}, ${card.scheduledDays}, ${card.learningSteps}, p."updatedAt", p."updatedAt", 0.9`,
    );
  });
});
