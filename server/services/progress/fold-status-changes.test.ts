import { describe, expect, it } from "vitest";
import { foldStatusChanges, type StoredStatus } from "./fold-status-changes";
import type { StatusChange } from "./status-change";

const t = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
const change = (itemId: string, status: StatusChange["status"], at?: Date): StatusChange => ({
  itemId,
  roadmapId: "r",
  status,
  ...(at ? { at } : {}),
});
const stored = (entries: [string, StoredStatus][]) => new Map(entries);
const moves = (folded: ReturnType<typeof foldStatusChanges>) =>
  folded.map(({ itemId, from, to, at }) => `${itemId}:${from}>${to}@${at ? at.getUTCSeconds() : "clock"}`);

describe("foldStatusChanges", () => {
  it("treats an item without a row as NOT_STARTED and skips changes to the status an item has", () => {
    const rows = stored([["b", { status: "DONE", updatedAt: t(1) }]]);
    const folded = foldStatusChanges(rows, [change("a", "NOT_STARTED"), change("a", "DONE"), change("b", "DONE")]);
    expect(moves(folded)).toEqual(["a:NOT_STARTED>DONE@clock"]);
  });

  it("applies an item's repeated changes in order, each from what the previous left", () => {
    const folded = foldStatusChanges(new Map(), [
      change("a", "IN_PROGRESS"),
      change("a", "IN_PROGRESS"),
      change("a", "DONE"),
      change("a", "NOT_STARTED"),
    ]);
    expect(moves(folded)).toEqual([
      "a:NOT_STARTED>IN_PROGRESS@clock",
      "a:IN_PROGRESS>DONE@clock",
      "a:DONE>NOT_STARTED@clock",
    ]);
  });

  it("with onlyIfNewer, drops changes not newer than the row, comparing with the last applied one", () => {
    const rows = stored([
      ["a", { status: "DONE", updatedAt: t(10) }],
      ["b", { status: "DONE", updatedAt: t(10) }],
    ]);
    const folded = foldStatusChanges(
      rows,
      [
        change("a", "SKIPPED", t(5)), // older than the row
        change("a", "SKIPPED", t(10)), // as old as the row
        change("b", "SKIPPED", t(11)),
        change("b", "IN_PROGRESS", t(11)), // as old as the change just applied
        change("b", "SKIPPED", t(12)), // the status b already has: nothing, and no new time
        change("b", "DONE", t(12)),
      ],
      { onlyIfNewer: true },
    );
    expect(moves(folded)).toEqual(["b:DONE>SKIPPED@11", "b:SKIPPED>DONE@12"]);
  });

  it("counts a change without a time as newer than anything stored", () => {
    const rows = stored([["a", { status: "DONE", updatedAt: t(59) }]]);
    expect(moves(foldStatusChanges(rows, [change("a", "SKIPPED")], { onlyIfNewer: true }))).toEqual([
      "a:DONE>SKIPPED@clock",
    ]);
  });
});
