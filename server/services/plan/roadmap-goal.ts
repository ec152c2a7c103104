import "server-only";

/** A learner's plan for a roadmap: a target day (YYYY-MM-DD) and items per week, each optional. */
export interface RoadmapGoal {
  targetDate: string | null;
  weeklyGoal: number | null;
}

export const NO_GOAL: RoadmapGoal = { targetDate: null, weeklyGoal: null };

/** A `@db.Date` column comes back as midnight UTC of the day. */
export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
