import "server-only";

import { z } from "zod";

/** Ids are opaque strings; this only keeps absurd values away from the database. */
export const idSchema = z.string().trim().min(1, "is required").max(64, "is too long");
