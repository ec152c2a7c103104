import { MAX_WEEKLY_GOAL } from "@/shared/plan/goal-limits";

export interface GoalFields {
  /** As the date field holds it: YYYY-MM-DD, or empty. */
  targetDate: string;
  /** As typed: empty, or a number. */
  weeklyGoal: string;
}

export type GoalErrors = Partial<Record<keyof GoalFields, string>>;

export type CheckedGoal =
  { ok: true; input: { targetDate: string | null; weeklyGoal: number | null } } | { ok: false; errors: GoalErrors };

/**
 * The goals form's fields checked before sending, with what to do about each
 * problem; empty fields clear their goal. The server checks the same again
 * (services/plan/set-roadmap-goal.ts): this only spares the learner a round trip
 * and says what to pick. `today` is the learner's (YYYY-MM-DD, in their time zone).
 */
export function checkGoalInput(fields: GoalFields, today: string): CheckedGoal {
  const errors: GoalErrors = {};
  const targetDate = fields.targetDate.trim();
  if (targetDate && !/^\d{4}-\d{2}-\d{2}$/.test(targetDate)) errors.targetDate = "Pick a day from the calendar.";
  else if (targetDate && targetDate < today) errors.targetDate = "That day has passed: pick today or later.";
  const weekly = fields.weeklyGoal.trim();
  const weeklyGoal = weekly === "" ? null : Number(weekly);
  if (weeklyGoal !== null && (!Number.isInteger(weeklyGoal) || weeklyGoal < 1 || weeklyGoal > MAX_WEEKLY_GOAL)) {
    errors.weeklyGoal = `Pick a whole number of items from 1 to ${MAX_WEEKLY_GOAL}.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { targetDate: targetDate || null, weeklyGoal } };
}
