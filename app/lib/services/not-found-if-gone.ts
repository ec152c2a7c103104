import "server-only";

import { Prisma } from "../db/generated/client";
import { isDeadlock } from "../platform/database-unavailable";
import { NotFoundError } from "../shared/errors";

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

/** Attempts of a write that keeps deadlocking with a deletion (each costs PostgreSQL's deadlock_timeout, 1 s). */
const DEADLOCK_ATTEMPTS = 3;

/**
 * Runs a transaction again when PostgreSQL aborted it to break a deadlock. A
 * roadmap's deletion cascades through progress, notes and history rows in its
 * own order, while a write locks its row first and its roadmap (the foreign
 * key) after: the two can wait on each other, and PostgreSQL then aborts one.
 * That is no fault of the caller's and no outage: run it again, and it
 * either goes through or finds the roadmap gone.
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_ATTEMPTS) throw error;
    }
  }
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
