import type { ItemStatus } from "../../server/db/generated/enums";

/**
 * What a learner's history says about one item, since the item last went back to
 * NOT_STARTED (a reset, or the learner choosing "Not started"): a reset means
 * starting over, so dates from before it no longer describe the item.
 */
export interface ItemFacts {
  status: ItemStatus;
  /** The first change since the last reset: when the learner (re)took the item up. */
  since: Date | null;
  /** The first IN_PROGRESS since the last reset; null when it went straight to DONE or SKIPPED. */
  startedAt: Date | null;
  /** The last DONE, while the item is DONE; null otherwise. */
  finishedAt: Date | null;
  /** When the item took its current status. */
  statusSince: Date | null;
}

export const UNTOUCHED: ItemFacts = {
  status: "NOT_STARTED",
  since: null,
  startedAt: null,
  finishedAt: null,
  statusSince: null,
};

export interface HistoryEvent {
  to: ItemStatus;
  at: Date;
}

/**
 * The facts of one item from its events in the order they happened. This is the
 * definition; services/plan/load-item-facts.ts computes the same in SQL (an
 * integration test holds the two together).
 */
export function itemFactsFromEvents(events: readonly HistoryEvent[]): ItemFacts {
  let facts: ItemFacts = UNTOUCHED;
  let lastDone: Date | null = null;
  for (const event of events) {
    if (event.to === "NOT_STARTED") {
      facts = UNTOUCHED;
      lastDone = null;
      continue;
    }
    if (event.to === "DONE") lastDone = event.at;
    facts = {
      status: event.to,
      since: facts.since ?? event.at,
      startedAt: facts.startedAt ?? (event.to === "IN_PROGRESS" ? event.at : null),
      finishedAt: null,
      statusSince: event.at,
    };
  }
  return facts.status === "DONE" ? { ...facts, finishedAt: lastDone } : facts;
}
