import type { ItemFacts } from "./item-facts";

export interface SectionDates {
  /** The first change on any of its items (since each one's last reset). */
  startedAt: Date | null;
  /** When its last item was finished (DONE or SKIPPED), once every item is; null before. */
  completedAt: Date | null;
}

/** When a group of items (a section) was started and completed. */
export function sectionDates(items: readonly ItemFacts[]): SectionDates {
  let startedAt: Date | null = null;
  let completedAt: Date | null = null;
  let complete = items.length > 0;
  for (const item of items) {
    if (item.since && (!startedAt || item.since < startedAt)) startedAt = item.since;
    if (item.status !== "DONE" && item.status !== "SKIPPED") complete = false;
    else if (item.statusSince && (!completedAt || item.statusSince > completedAt)) completedAt = item.statusSince;
  }
  return { startedAt, completedAt: complete ? completedAt : null };
}
