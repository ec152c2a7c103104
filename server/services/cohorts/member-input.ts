import "server-only";

import { z } from "zod";
import { idSchema } from "../ids";

/** A member of a cohort, named by their login (what a cohort shows of a person). */
export const memberInput = z.object({
  cohortId: idSchema,
  login: z.string().trim().min(1, "is required").max(100, "is too long"),
});
