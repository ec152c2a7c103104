import type { ItemFacts } from "../plan/item-facts";
import { STUCK_AFTER_DAYS } from "./cohort-limits";

const DAY_MS = 86_400_000;

/**
 * Whether a member is stuck on an item: it is IN_PROGRESS and has had no change
 * for more than STUCK_AFTER_DAYS (its status has stood since then). An item
 * put back to NOT_STARTED, finished or skipped is not stuck, however long ago.
 */
export function isStuck(facts: ItemFacts, now: Date): boolean {
  return (
    facts.status === "IN_PROGRESS" &&
    facts.statusSince !== null &&
    now.getTime() - facts.statusSince.getTime() > STUCK_AFTER_DAYS * DAY_MS
  );
}

/** The items of `itemIds` (in their order) a member is stuck on, given their facts. */
export function stuckItemIds(itemIds: readonly string[], factsOf: ReadonlyMap<string, ItemFacts>, now: Date): string[] {
  return itemIds.filter((id) => {
    const facts = factsOf.get(id);
    return facts !== undefined && isStuck(facts, now);
  });
}
