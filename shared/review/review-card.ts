/**
 * A learner's review card as stored (ReviewCard's columns) and as a guest's
 * browser keeps it: FSRS's memory state plus when the item entered review and
 * the retention its first due date used, which together with the ratings since
 * are enough to rebuild it (rebuild-review-card.ts).
 */
export interface ReviewCardState {
  due: Date;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  /** FSRS's State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  scheduledDays: number;
  learningSteps: number;
  lastReview: Date | null;
  enteredAt: Date;
  enteredRetention: number;
}

/** The card as JSON (ReviewEvent.cardBefore, a guest's localStorage). */
export interface ReviewCardJson extends Omit<ReviewCardState, "due" | "lastReview" | "enteredAt"> {
  due: string;
  lastReview: string | null;
  enteredAt: string;
}

export function cardToJson(card: ReviewCardState): ReviewCardJson {
  return {
    ...card,
    due: card.due.toISOString(),
    lastReview: card.lastReview?.toISOString() ?? null,
    enteredAt: card.enteredAt.toISOString(),
  };
}

export function cardFromJson(json: ReviewCardJson): ReviewCardState {
  return {
    ...json,
    due: new Date(json.due),
    lastReview: json.lastReview === null ? null : new Date(json.lastReview),
    enteredAt: new Date(json.enteredAt),
  };
}
