import "server-only";

import { addDays } from "../../../shared/time-zone";

/**
 * Streaks from the set of days (YYYY-MM-DD) with at least one change. The current
 * streak still counts when today has no change yet but yesterday had: the day is
 * not over.
 */
export function computeStreaks(activeDays: Iterable<string>, today: string): { current: number; longest: number } {
  const days = new Set(activeDays);
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue; // not the start of a run
    let length = 1;
    while (days.has(addDays(day, length))) length += 1;
    longest = Math.max(longest, length);
  }
  let cursor = days.has(today) ? today : addDays(today, -1);
  let current = 0;
  while (days.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest };
}
