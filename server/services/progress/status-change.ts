import "server-only";

import type { ItemStatus } from "../../db/generated/enums";

/*
 * The rules of writing progress. Two functions write Progress and ProgressEvent,
 * and nothing else does:
 * - applyStatusChanges (apply-status-changes.ts): any number of changes, in a
 *   transaction, set-based (guest merges, roadmap resets);
 * - applyOneStatusChange (apply-one-status-change.ts): one learner's change to one
 *   item in a single statement, because that is the hot path of the app.
 * They are two because one statement cannot fold a batch that repeats items, and
 * a transaction of several round trips is too slow for single clicks. Both obey:
 *
 * 1. A row is compared only while locked (FOR UPDATE, or ON CONFLICT's lock), so
 *    concurrent writers of one item queue and each sees the last one's result:
 *    every event's `from` is the previous event's `to`.
 * 2. A change to the status the item already has writes nothing.
 * 3. Every real change updates the row and appends one ProgressEvent
 *    (from, to, at), `at` being the row's new updatedAt.
 * 4. A change without a time of its own is timed by the database clock once the
 *    lock is held, so times never run backwards under contention.
 * 5. An item without a row is NOT_STARTED at NEVER; its first real change creates
 *    the row.
 * 6. Batches lock rows in item order, so concurrent batches cannot deadlock.
 */

export interface StatusChange {
  itemId: string;
  roadmapId: string;
  status: ItemStatus;
  /** When the learner made the change (a guest's recorded time); absent: the database clock under the lock. */
  at?: Date;
}

export interface AppliedChange {
  itemId: string;
  from: ItemStatus;
  to: ItemStatus;
}

/** A never-touched item: the time of a row that only holds a lock, which loses against any real change. */
export const NEVER = new Date(0);
