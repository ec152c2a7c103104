import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { NotFoundError } from "../../../shared/errors";
import { MAX_WEEKLY_GOAL } from "../../../shared/plan/goal-limits";
import { addDays, isoDateIn } from "../../../shared/time-zone";
import { idSchema } from "../ids";
import { visibleRoadmapWhere } from "../roadmaps/visibility/roadmap-access";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { isoDay, type RoadmapGoal } from "./roadmap-goal";

const MAX_YEARS_AHEAD = 20;

/** A real calendar day, YYYY-MM-DD, from yesterday (UTC: it is still today somewhere) to 20 years on. */
const targetDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD")
  .refine((day) => {
    // 2027-02-30 parses as 2 March, 2026-13-45 not at all: a real day reads back as itself.
    const at = new Date(`${day}T12:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
  }, "is not a calendar day")
  .refine((day) => day >= addDays(isoDateIn(new Date(), "UTC"), -1), "is in the past; pick today or later")
  .refine(
    (day) => day <= addDays(isoDateIn(new Date(), "UTC"), MAX_YEARS_AHEAD * 366),
    `is more than ${MAX_YEARS_AHEAD} years away`,
  );

export const setRoadmapGoalInput = z.object({
  roadmapId: idSchema,
  // Left out: unchanged; null: cleared.
  targetDate: targetDateSchema.nullable().optional(),
  weeklyGoal: z
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_WEEKLY_GOAL, `must be at most ${MAX_WEEKLY_GOAL}`)
    .nullable()
    .optional(),
});

/**
 * Sets, changes or clears the viewer's target date and weekly goal on a
 * roadmap; a goal with neither left is deleted. Only ever the viewer's own.
 */
export async function setRoadmapGoal(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ roadmapId: string; goal: RoadmapGoal }> {
  const { userId } = requireScope(viewer, "WRITE_PROGRESS");
  const { roadmapId, targetDate, weeklyGoal } = validate(setRoadmapGoalInput, input);
  return db().$transaction(async (tx) => {
    // A learner may plan only roadmaps they can see: someone else's private one does not exist.
    const roadmap = await tx.roadmap.findFirst({
      where: { id: roadmapId, ...visibleRoadmapWhere({ userId }) },
      select: { id: true },
    });
    if (!roadmap) throw new NotFoundError(`Roadmap ${roadmapId}`);
    const changes = {
      ...(targetDate !== undefined && { targetDate: targetDate === null ? null : new Date(`${targetDate}T00:00:00Z`) }),
      ...(weeklyGoal !== undefined && { weeklyGoal }),
    };
    const row = await tx.roadmapGoal.upsert({
      where: { userId_roadmapId: { userId, roadmapId } },
      create: { userId, roadmapId, targetDate: null, weeklyGoal: null, ...changes },
      update: changes,
      select: { targetDate: true, weeklyGoal: true },
    });
    if (row.targetDate === null && row.weeklyGoal === null) {
      await tx.roadmapGoal.delete({ where: { userId_roadmapId: { userId, roadmapId } } });
    }
    return { roadmapId, goal: { targetDate: isoDay(row.targetDate), weeklyGoal: row.weeklyGoal } };
  });
}
