import "server-only";

import { z } from "zod";
import { COHORT_LIMITS } from "../../../shared/cohorts/cohort-limits";

const DAY_MS = 86_400_000;

/** An invite's optional expiry (ISO 8601, in the future, at most a year ahead) and number of uses. */
export const inviteOptions = {
  inviteExpiresAt: z
    .string()
    .max(40, "is not a date")
    .nullish()
    .transform((value, context) => {
      if (value == null) return null;
      const at = new Date(value);
      if (Number.isNaN(at.getTime())) {
        context.addIssue({ code: "custom", message: "is not an ISO 8601 date and time" });
        return z.NEVER;
      }
      if (at.getTime() <= Date.now()) {
        context.addIssue({ code: "custom", message: "must be in the future" });
        return z.NEVER;
      }
      if (at.getTime() > Date.now() + COHORT_LIMITS.inviteMaxDays * DAY_MS) {
        context.addIssue({ code: "custom", message: `must be at most ${COHORT_LIMITS.inviteMaxDays} days ahead` });
        return z.NEVER;
      }
      return at;
    }),
  inviteMaxUses: z
    .number()
    .int()
    .min(1, "must be at least 1")
    .max(COHORT_LIMITS.inviteMaxUses, `must be at most ${COHORT_LIMITS.inviteMaxUses}`)
    .nullish()
    .transform((value) => value ?? null),
};
