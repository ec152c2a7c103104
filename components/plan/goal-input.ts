import { MAX_WEEKLY_GOAL } from "@/shared/plan/goal-limits";

export interface GoalFields {
  /** As the date field holds it: YYYY-MM-DD, or empty. */
  targetDate: string;
  /** As typed: empty, or a number. */
  weeklyGoal: string;
}

/** What is wrong with a field, as the key of its sentence in the "GoalForm" messages. */
export type GoalProblem = "pickDay" | "datePassed" | "weeklyRange";

export type GoalProblems = Partial<Record<keyof GoalFields, GoalProblem>>;

export type CheckedGoal =
  { ok: true; input: { targetDate: string | null; weeklyGoal: number | null } } | { ok: false; errors: GoalProblems };

/**
 * The goals form's fields checked before sending, with what to do about each
 * problem (the key of its sentence); empty fields clear their goal. The server checks the same again
 * (services/plan/set-roadmap-goal.ts): this only spares the learner a round trip
 * and says what to pick. `today` is the learner's (YYYY-MM-DD, in their time zone).
 */
export function checkGoalInput(fields: GoalFields, today: string): CheckedGoal {
  const errors: GoalProblems = {};
  const targetDate = fields.targetDate.trim();
  if (targetDate && !/^\d{4}-\d{2}-\d{2}$/.test(targetDate)) errors.targetDate = "pickDay";
  else if (targetDate && targetDate < today) errors.targetDate = "datePassed";
  const weekly = fields.weeklyGoal.trim();
  const weeklyGoal = weekly === "" ? null : Number(weekly);
  if (weeklyGoal !== null && (!Number.isInteger(weeklyGoal) || weeklyGoal < 1 || weeklyGoal > MAX_WEEKLY_GOAL)) {
    errors.weeklyGoal = "weeklyRange";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { targetDate: targetDate || null, weeklyGoal } };
}
