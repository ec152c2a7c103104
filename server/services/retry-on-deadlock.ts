import "server-only";

import { isDeadlock } from "../platform/database-unavailable";

/** Attempts of a write run again (each deadlock costs PostgreSQL's deadlock_timeout, 1 s). */
const ATTEMPTS = 3;

/** Runs `run`, and again (3 attempts in all) while it fails with an error `again` accepts. */
export async function runAgainWhen<T>(again: (error: unknown) => boolean, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!again(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/**
 * Runs a transaction again when PostgreSQL aborted it to break a deadlock. A
 * roadmap's deletion cascades through progress, notes and history rows in its
 * own order, while a write locks its row first and its roadmap (the foreign
 * key) after: the two can wait on each other, and PostgreSQL then aborts one.
 * That is no fault of the caller's and no outage: run it again, and it
 * either goes through or finds the roadmap gone.
 */
export function retryOnDeadlock<T>(run: () => Promise<T>): Promise<T> {
  return runAgainWhen(isDeadlock, run);
}
