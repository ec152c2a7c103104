import type { ItemStatus } from "../server/db/generated/enums";

export interface Completion {
  total: number;
  done: number;
  inProgress: number;
  skipped: number;
  /** Finished share in percent, 0-100, one decimal: DONE and SKIPPED both count as finished. */
  percent: number;
}

/** The finished share in percent, one decimal: the one place the percentage rule lives. */
export function percentFinished(done: number, skipped: number, total: number): number {
  const finished = done + skipped;
  return total === 0 ? 0 : Math.round((Math.min(finished, total) / total) * 1000) / 10;
}

/** Completion from counts. */
export function completionFromCounts(counts: Omit<Completion, "percent">): Completion {
  return { ...counts, percent: percentFinished(counts.done, counts.skipped, counts.total) };
}

/** Completion of a set of items given the learner's statuses (absent = NOT_STARTED). */
export function computeCompletion(
  itemIds: Iterable<string>,
  statusOf: (itemId: string) => ItemStatus | undefined,
): Completion {
  const counts = { total: 0, done: 0, inProgress: 0, skipped: 0 };
  for (const id of itemIds) {
    counts.total += 1;
    const status = statusOf(id);
    if (status === "DONE") counts.done += 1;
    else if (status === "IN_PROGRESS") counts.inProgress += 1;
    else if (status === "SKIPPED") counts.skipped += 1;
  }
  return completionFromCounts(counts);
}
