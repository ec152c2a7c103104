import "server-only";

import { Prisma } from "../db/generated/client";
import { NotFoundError } from "../../shared/errors";
import { retryOnDeadlock } from "./retry-on-deadlock";

/** A foreign-key violation: the row a write pointed at was deleted after it was read. */
export function isMissingReference(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2003") return true;
  // Raw statements report the PostgreSQL code itself.
  const meta = error.meta as
    { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  return (
    error.code === "P2010" &&
    (meta?.code === "23503" ||
      meta?.driverAdapterError?.cause?.originalCode === "23503" ||
      /\b23503\b/.test(error.message))
  );
}

/**
 * Runs a write that refers to an item or roadmap read just before. If that row
 * is deleted in between (its owner deletes the roadmap at that moment), the
 * write fails on its foreign key, or deadlocks with the deletion and is run
 * again: to the caller, the row is NOT_FOUND, exactly as if the deletion had
 * come first, not a server error.
 */
export async function notFoundIfGone<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await retryOnDeadlock(write);
  } catch (error) {
    if (isMissingReference(error)) throw new NotFoundError(what);
    throw error;
  }
}
