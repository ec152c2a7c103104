import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type FSRS, type Grade } from "ts-fsrs";
import type { ReviewCardState } from "./review-card";
import type { ReviewRatingName } from "./review-limits";

/*
 * The one place Waymark calls FSRS (ts-fsrs), on the server and in a guest's
 * browser alike, so both schedule the same. Two choices:
 * - no fuzz: a schedule must be rebuildable from its ratings, exactly;
 * - no short-term steps: an item of a roadmap is reviewed days apart, never
 *   minutes, so every interval is a whole number of days.
 */

const GRADE: Readonly<Record<ReviewRatingName, Grade>> = {
  AGAIN: Rating.Again,
  HARD: Rating.Hard,
  GOOD: Rating.Good,
  EASY: Rating.Easy,
};

const schedulers = new Map<number, FSRS>();

/** FSRS with Waymark's parameters at a desired retention (one per retention, kept). */
export function schedulerFor(desiredRetention: number): FSRS {
  let scheduler = schedulers.get(desiredRetention);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({ request_retention: desiredRetention, enable_fuzz: false, enable_short_term: false }),
    );
    schedulers.set(desiredRetention, scheduler);
  }
  return scheduler;
}

function toFsrs(card: ReviewCardState): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: Card, entered: Pick<ReviewCardState, "enteredAt" | "enteredRetention">): ReviewCardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    lastReview: card.last_review ?? null,
    enteredAt: entered.enteredAt,
    enteredRetention: entered.enteredRetention,
  };
}

/** FSRS's empty card (never rated), entered at `at`: the start of every card. */
export function unreviewedCard(at: Date, desiredRetention: number): ReviewCardState {
  return fromFsrs(createEmptyCard(at), { enteredAt: at, enteredRetention: desiredRetention });
}

/**
 * The card of an item finished at `at`: finishing counts as a first GOOD, so
 * FSRS gives the first review date (days later, by the desired retention).
 */
export function enterReview(at: Date, desiredRetention: number): ReviewCardState {
  return rateCard(unreviewedCard(at, desiredRetention), "GOOD", at, desiredRetention);
}

/** The card after a rating at `at`. */
export function rateCard(
  card: ReviewCardState,
  rating: ReviewRatingName,
  at: Date,
  desiredRetention: number,
): ReviewCardState {
  return rateCardWith(schedulerFor(desiredRetention), card, rating, at);
}

/** rateCard with a scheduler of other parameters (FSRS's published examples use their own weights). */
export function rateCardWith(
  scheduler: FSRS,
  card: ReviewCardState,
  rating: ReviewRatingName,
  at: Date,
): ReviewCardState {
  return fromFsrs(scheduler.next(toFsrs(card), at, GRADE[rating]).card, card);
}

/** FSRS's probability that the learner recalls the item at `now` (0 to 1). */
export function retrievability(card: ReviewCardState, now: Date): number {
  if (card.lastReview === null) return 1;
  return schedulerFor(card.enteredRetention).get_retrievability(toFsrs(card), now, false);
}

/** The interval, in whole days, each rating at `at` would give: the buttons' "Good · in 6 days". */
export function nextIntervals(
  card: ReviewCardState,
  at: Date,
  desiredRetention: number,
): Record<ReviewRatingName, number> {
  const preview = schedulerFor(desiredRetention).repeat(toFsrs(card), at);
  const days = (rating: ReviewRatingName) => preview[GRADE[rating]].card.scheduled_days;
  return { AGAIN: days("AGAIN"), HARD: days("HARD"), GOOD: days("GOOD"), EASY: days("EASY") };
}
