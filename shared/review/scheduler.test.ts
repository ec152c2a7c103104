import { describe, expect, it } from "vitest";
import { default_w, fsrs, generatorParameters } from "ts-fsrs";
import type { ReviewCardState } from "./review-card";
import type { ReviewRatingName } from "./review-limits";
import {
  enterReview,
  nextIntervals,
  rateCard,
  rateCardWith,
  retrievability,
  schedulerFor,
  unreviewedCard,
} from "./scheduler";

/*
 * FSRS's own published examples, run through Waymark's wrapper (its card
 * conversions and its parameters), so the integration is proven, not assumed.
 * Expected values are copied from ts-fsrs's test suite, repository
 * open-spaced-repetition/ts-fsrs:
 * - __tests__/impl/long-term_scheduler.test.ts at commit 75cc1cc ("Long-term
 *   scheduler", test1 and test2: FSRS-5 weights, which ts-fsrs 5 fills to
 *   FSRS-6's 21, and enable_short_term false, as Waymark schedules);
 * - __tests__/FSRS-6.test.ts ("memory state[long-term]", itself from fsrs-rs's
 *   inference.rs, with FSRS-6's default weights, the ones Waymark uses; and
 *   "first repeat"'s initial stabilities and difficulties).
 */

const START = new Date(2022, 11, 29, 12, 30, 0, 0);
const DAY_MS = 24 * 60 * 60 * 1000;

const FSRS5_W = [
  0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597, 0.1712, 1.1178, 2.0225, 0.0904, 0.3025,
  2.1214, 0.2498, 2.9466, 0.4891, 0.6468,
];

function replay(ratings: ReviewRatingName[]) {
  const scheduler = fsrs(generatorParameters({ w: FSRS5_W, enable_short_term: false, enable_fuzz: false }));
  let card: ReviewCardState = unreviewedCard(START, 0.9);
  let now = START;
  const intervals: number[] = [];
  const stabilities: number[] = [];
  const difficulties: number[] = [];
  for (const rating of ratings) {
    card = rateCardWith(scheduler, card, rating, now);
    intervals.push(card.scheduledDays);
    stabilities.push(card.stability);
    difficulties.push(card.difficulty);
    now = card.due;
  }
  return { intervals, stabilities, difficulties };
}

describe("the FSRS scheduler against ts-fsrs's published examples", () => {
  it("long-term test1: six GOODs, two AGAINs, five GOODs", () => {
    const { intervals, stabilities, difficulties } = replay([
      ...Array<ReviewRatingName>(6).fill("GOOD"),
      "AGAIN",
      "AGAIN",
      ...Array<ReviewRatingName>(5).fill("GOOD"),
    ]);
    expect(intervals).toEqual([3, 13, 48, 155, 445, 1158, 17, 3, 11, 37, 112, 307, 773]);
    expect(stabilities).toEqual([
      3.0412, 13.09130698, 48.15848988, 154.93732625, 445.05562739, 1158.07779739, 16.63063166, 3.01732209, 11.42247264,
      37.37521902, 111.8752758, 306.5974569, 772.94026648,
    ]);
    expect(difficulties).toEqual([
      4.49094334, 4.26664289, 4.05746029, 3.86237659, 3.68044154, 3.51076891, 4.69833071, 5.55956298, 5.26323756,
      4.98688448, 4.72915759, 4.4888015, 4.26464541,
    ]);
  });

  it("long-term test2: every rating twice over", () => {
    const { intervals, stabilities, difficulties } = replay([
      "AGAIN",
      "HARD",
      "GOOD",
      "EASY",
      "AGAIN",
      "HARD",
      "GOOD",
      "EASY",
    ]);
    expect(intervals).toEqual([1, 2, 6, 41, 4, 7, 21, 133]);
    expect(stabilities).toEqual([
      0.4197, 1.0344317, 5.5356759, 41.0033667, 4.46605519, 6.67743292, 20.88868155, 132.81849454,
    ]);
    expect(difficulties).toEqual([
      7.1434, 7.03653841, 6.64066485, 5.92312772, 6.44779861, 6.45995078, 6.10293922, 5.36588547,
    ]);
  });

  it("FSRS-6 memory state (long-term) with the default weights Waymark schedules with", () => {
    expect(schedulerFor(0.9).parameters.w).toEqual(default_w);
    const ratings: ReviewRatingName[] = ["AGAIN", "GOOD", "GOOD", "GOOD", "GOOD", "GOOD"];
    const gaps = [0, 0, 1, 3, 8, 21];
    let card = unreviewedCard(START, 0.9);
    let now = START;
    ratings.forEach((rating, index) => {
      now = new Date(now.getTime() + gaps[index]! * DAY_MS);
      card = rateCard(card, rating, now, 0.9);
    });
    expect(card.stability).toBeCloseTo(53.335106, 4);
    expect(card.difficulty).toBeCloseTo(6.3574867, 4);
  });

  it("FSRS-6 first ratings' stability and difficulty", () => {
    const first = (["AGAIN", "HARD", "GOOD", "EASY"] as const).map((rating) =>
      rateCard(unreviewedCard(START, 0.9), rating, START, 0.9),
    );
    expect(first.map((card) => card.stability)).toEqual([0.212, 1.2931, 2.3065, 8.2956]);
    expect(first.map((card) => card.difficulty)).toEqual([6.4133, 5.11217071, 2.11810397, 1]);
  });
});

describe("Waymark's use of it", () => {
  it("a finished item is a first GOOD: due days later, whole days", () => {
    const card = enterReview(START, 0.9);
    expect(card.reps).toBe(1);
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(card.due.getTime() - START.getTime()).toBe(card.scheduledDays * DAY_MS);
  });

  it("a higher desired retention brings the first review closer", () => {
    expect(enterReview(START, 0.97).scheduledDays).toBeLessThan(enterReview(START, 0.8).scheduledDays);
  });

  it("previews each rating's interval, AGAIN shortest, EASY longest", () => {
    const card = enterReview(START, 0.9);
    const at = card.due;
    const intervals = nextIntervals(card, at, 0.9);
    expect(intervals.AGAIN).toBeLessThanOrEqual(intervals.HARD);
    expect(intervals.HARD).toBeLessThanOrEqual(intervals.GOOD);
    expect(intervals.GOOD).toBeLessThan(intervals.EASY);
    expect(rateCard(card, "GOOD", at, 0.9).scheduledDays).toBe(intervals.GOOD);
  });

  it("retrievability is the desired retention on the due date, and falls after", () => {
    const card = enterReview(START, 0.9);
    expect(retrievability(card, START)).toBe(1);
    const atDue = retrievability(card, card.due);
    expect(atDue).toBeGreaterThan(0.85);
    expect(atDue).toBeLessThanOrEqual(0.95);
    expect(retrievability(card, new Date(card.due.getTime() + 30 * DAY_MS))).toBeLessThan(atDue);
  });
});
