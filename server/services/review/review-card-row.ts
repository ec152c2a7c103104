import "server-only";

import { Prisma } from "../../db/generated/client";
import type { ReviewCardState } from "../../../shared/review/review-card";

/** A ReviewCard row as raw SQL reads it (ReviewCardColumns over `"ReviewCard" rc`). */
export interface ReviewCardRow {
  itemId: string;
  roadmapId: string;
  due: Date;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: number;
  scheduledDays: number;
  learningSteps: number;
  lastReview: Date | null;
  enteredAt: Date;
  enteredRetention: number;
}

export const REVIEW_CARD_COLUMNS = Prisma.sql`rc."itemId", rc."roadmapId", rc."due", rc."stability", rc."difficulty",
  rc."reps", rc."lapses", rc."state", rc."scheduledDays", rc."learningSteps", rc."lastReview", rc."enteredAt",
  rc."enteredRetention"`;

export function cardOfRow(row: ReviewCardRow): ReviewCardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    lastReview: row.lastReview,
    enteredAt: row.enteredAt,
    enteredRetention: row.enteredRetention,
  };
}

/** An instant as a value of a timestamp column (Prisma keeps DateTime as UTC without a zone). */
export function utcTimestamp(at: Date | null) {
  return at === null ? Prisma.sql`NULL` : Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
