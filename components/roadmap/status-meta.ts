import type { ItemStatus } from "@/graphql/generated/client/graphql";

export const STATUSES: ItemStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];

export const STATUS_LABEL: Record<ItemStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  SKIPPED: "Skipped",
};

/** Keyboard shortcuts on a focused item. */
export const STATUS_KEYS: Record<string, ItemStatus> = { r: "NOT_STARTED", p: "IN_PROGRESS", d: "DONE", s: "SKIPPED" };
