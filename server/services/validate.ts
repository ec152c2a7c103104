import "server-only";

import type { z } from "zod";
import { BadInputError } from "../../shared/errors";

/** Parses service input with a zod schema; failures become BAD_USER_INPUT naming each field. */
export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join(".") || "input", issue.message]),
  );
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
  throw new BadInputError(`Invalid input: ${summary}`, { fields });
}
