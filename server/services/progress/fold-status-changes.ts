import "server-only";

import type { ItemStatus } from "../../db/generated/enums";
import { NEVER, type StatusChange } from "./status-change";

export interface StoredStatus {
  status: ItemStatus;
  updatedAt: Date;
}

export interface FoldedChange {
  itemId: string;
  roadmapId: string;
  from: ItemStatus;
  to: ItemStatus;
  /** null: timed by the database clock when written. */
  at: Date | null;
}

const UNTOUCHED: StoredStatus = { status: "NOT_STARTED", updatedAt: NEVER };
/** The largest Date: a change without a time is timed when written, later than anything stored. */
const LATEST = new Date(8.64e15);

/**
 * Which of `changes` really change something, given the locked rows' current
 * state, in the order given: each change compares against the stored row as the
 * earlier changes of the batch left it (rules 2 and 5 of status-change.ts). With
 * `onlyIfNewer` a change not newer than the row's time is dropped (a guest merge:
 * the newer change wins); a change without a time counts as now, newer than all.
 */
export function foldStatusChanges(
  stored: ReadonlyMap<string, StoredStatus>,
  changes: readonly StatusChange[],
  { onlyIfNewer = false } = {},
): FoldedChange[] {
  const current = new Map(stored);
  const applied: FoldedChange[] = [];
  for (const change of changes) {
    const row = current.get(change.itemId) ?? UNTOUCHED;
    if (row.status === change.status) continue;
    if (onlyIfNewer && change.at && row.updatedAt.getTime() >= change.at.getTime()) continue;
    const at = change.at ?? null;
    applied.push({ itemId: change.itemId, roadmapId: change.roadmapId, from: row.status, to: change.status, at });
    current.set(change.itemId, { status: change.status, updatedAt: at ?? LATEST });
  }
  return applied;
}
