import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../server/db/client";
import type { ItemStatus } from "../../server/db/generated/enums";
import { parseRoadmapMarkdown } from "../../shared/roadmap-markdown/parse-roadmap-markdown";
import { saveBuiltInRoadmap } from "../../server/services/roadmaps/authoring/save-built-in-roadmap";
import type { Viewer } from "../../server/services/viewer";
import { mergeGuestProgress } from "../../server/services/progress/merge-guest-progress";
import { resetRoadmapProgress } from "../../server/services/progress/reset-roadmap-progress";
import { setItemStatus } from "../../server/services/progress/set-item-status";
import { createUser, sessionViewerOf } from "./factories";

/*
 * A guest merge at its documented maximum (5,000 entries), shared by the
 * PostgreSQL and the embedded-database test files so both run the same
 * assertions. Everything expected is derived from how the entries are built, not
 * from the merge's own code.
 */

export const MAX_ENTRIES = 5000;
const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"] as const satisfies ItemStatus[];
const DAY = 86_400_000;

// Which of the roadmap's 5,000 items each part of a learner's entries touches.
const ALREADY_NEWER = { from: 0, to: 50 }; // set by the learner after the guest's changes: the guest loses
const MERGED = { from: 50, to: 4850 }; // one guest change each
const CHANGED_AGAIN = { from: 100, to: 150 }; // a second, later change to another status
const REPEATED = { from: 150, to: 200 }; // a second, later change to the same status: writes nothing
const RETIRED = { from: 4990, to: 5000 }; // retired before the merge: ignored
const UNKNOWN = 40; // ids of no item: ignored

const range = ({ from, to }: { from: number; to: number }) => Array.from({ length: to - from }, (_, k) => from + k);

export interface LimitRoadmap {
  roadmapId: string;
  itemIds: string[];
  /** When the guest made the change to item `index` (a day or two ago, a second apart). */
  guestTime(index: number): Date;
}

/** 50 sections of 100 items: the import limit. Items RETIRED are retired at once. */
export async function importRoadmapAtItemLimit(client: Db): Promise<LimitRoadmap> {
  const lines = ["# At the item limit", ""];
  for (let s = 0; s < 50; s += 1) {
    lines.push(`## Section ${s}`, "");
    for (let i = 0; i < 100; i += 1) lines.push(`- [ ] Item ${s} ${i}`);
    lines.push("");
  }
  const { roadmapId } = await saveBuiltInRoadmap(client, `limit-${Date.now()}`, parseRoadmapMarkdown(lines.join("\n")));
  const items = await client.item.findMany({ where: { roadmapId }, orderBy: { key: "asc" }, select: { id: true } });
  expect(items).toHaveLength(MAX_ENTRIES);
  const itemIds = items.map((item) => item.id);
  await client.item.updateMany({
    where: { id: { in: range(RETIRED).map((index) => itemIds[index]!) } },
    data: { retiredAt: new Date() },
  });
  const start = Date.now() - 2 * DAY;
  return { roadmapId, itemIds, guestTime: (index) => new Date(start + index * 1000) };
}

/** Learner `seed`'s guest status of item `index` (a different mix per learner). */
const guestStatus = (index: number, seed: number) => STATUSES[(index + seed) % STATUSES.length]!;
const secondStatus = (index: number, seed: number) => STATUSES[(index + seed + 1) % STATUSES.length]!;

/** A new learner who already set ALREADY_NEWER items to IN_PROGRESS (now, newer than any guest change). */
export async function learnerWithRecentProgress(client: Db, roadmap: LimitRoadmap): Promise<Viewer> {
  const viewer = sessionViewerOf(await createUser(client));
  for (const index of range(ALREADY_NEWER)) {
    await setItemStatus(viewer, { itemId: roadmap.itemIds[index]!, status: "IN_PROGRESS" });
  }
  return viewer;
}

/** Exactly MAX_ENTRIES entries, later changes listed first (the merge orders them by time). */
export function guestEntries(roadmap: LimitRoadmap, seed: number) {
  const entry = (index: number, status: ItemStatus, offsetMs = 0) => ({
    itemId: roadmap.itemIds[index]!,
    status,
    updatedAt: new Date(roadmap.guestTime(index).getTime() + offsetMs).toISOString(),
  });
  const entries = [
    ...range(CHANGED_AGAIN).map((index) => entry(index, secondStatus(index, seed), 500)),
    ...range(REPEATED).map((index) => entry(index, guestStatus(index, seed), 500)),
    ...range(ALREADY_NEWER).map((index) => entry(index, guestStatus(index, seed))),
    ...range(MERGED).map((index) => entry(index, guestStatus(index, seed))),
    ...range(RETIRED).map((index) => entry(index, "DONE")),
    ...Array.from({ length: UNKNOWN }, (_, k) => ({
      itemId: `unknown-${seed}-${k}`,
      status: "DONE" as const,
      updatedAt: roadmap.guestTime(0).toISOString(),
    })),
  ];
  expect(entries).toHaveLength(MAX_ENTRIES);
  return entries;
}

interface ExpectedEvent {
  from: ItemStatus;
  to: ItemStatus;
  at: string;
}

/** Per merged item, the history the merge must append, in order. */
function expectedMergeEvents(roadmap: LimitRoadmap, seed: number): Map<string, ExpectedEvent[]> {
  const expected = new Map<string, ExpectedEvent[]>();
  for (const index of range(MERGED)) {
    const first = guestStatus(index, seed);
    const at = roadmap.guestTime(index);
    const events: ExpectedEvent[] =
      first === "NOT_STARTED" ? [] : [{ from: "NOT_STARTED", to: first, at: at.toISOString() }];
    if (index >= CHANGED_AGAIN.from && index < CHANGED_AGAIN.to) {
      // From whatever the first change left, which is `first` even when that wrote nothing.
      events.push({ from: first, to: secondStatus(index, seed), at: new Date(at.getTime() + 500).toISOString() });
    }
    if (events.length > 0) expected.set(roadmap.itemIds[index]!, events);
  }
  return expected;
}

export function expectedCounts(roadmap: LimitRoadmap, seed: number) {
  const merged = [...expectedMergeEvents(roadmap, seed).values()].reduce((sum, events) => sum + events.length, 0);
  return { merged, ignored: range(RETIRED).length + UNKNOWN };
}

/** How many of the learner's items are started once the merge is done. */
function expectedStarted(roadmap: LimitRoadmap, seed: number): number {
  const finals = [...expectedMergeEvents(roadmap, seed).values()].map((events) => events.at(-1)!.to);
  return range(ALREADY_NEWER).length + finals.filter((status) => status !== "NOT_STARTED").length;
}

/** Merges and returns how long it took. */
export async function timedMerge(viewer: Viewer, entries: unknown[]) {
  const started = performance.now();
  const result = await mergeGuestProgress(viewer, { entries });
  return { result, ms: Math.round(performance.now() - started) };
}

/** The learner's stored statuses and whole history are exactly what the entries imply. */
export async function expectMergedState(client: Db, roadmap: LimitRoadmap, viewer: Viewer, seed: number) {
  const { itemIds } = roadmap;
  const expectedEvents = expectedMergeEvents(roadmap, seed);
  const rows = await client.progress.findMany({
    where: { userId: viewer.userId, updatedAt: { gt: new Date(0) } },
    select: { itemId: true, status: true },
  });
  const expectedStatus = new Map<string, ItemStatus>();
  for (const index of range(ALREADY_NEWER)) expectedStatus.set(itemIds[index]!, "IN_PROGRESS");
  for (const [itemId, events] of expectedEvents) expectedStatus.set(itemId, events.at(-1)!.to);
  expect(new Map(rows.map((row) => [row.itemId, row.status]))).toEqual(expectedStatus);

  const events = await client.progressEvent.findMany({
    where: { userId: viewer.userId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { itemId: true, from: true, to: true, at: true },
  });
  const byItem = new Map<string, ExpectedEvent[]>();
  for (const event of events) {
    const list = byItem.get(event.itemId) ?? [];
    list.push({ from: event.from, to: event.to, at: event.at.toISOString() });
    byItem.set(event.itemId, list);
  }
  for (const index of range(ALREADY_NEWER)) {
    expect(byItem.get(itemIds[index]!)?.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: "NOT_STARTED", to: "IN_PROGRESS" },
    ]);
    byItem.delete(itemIds[index]!);
  }
  expect(byItem).toEqual(expectedEvents);
}

/** Generous: a merge takes about a second per learner; the bounds catch a return to timeouts and queues. */
const BOUND_MS = { one: 10_000, five: 20_000 };

/** The tests themselves, on whichever database `client` (and the services' db()) points at. */
export function describeMergeAtLimit(database: string, client: () => Db) {
  describe(`mergeGuestProgress with ${MAX_ENTRIES} entries, on ${database}`, () => {
    let roadmap: LimitRoadmap;

    beforeAll(async () => {
      roadmap = await importRoadmapAtItemLimit(client());
    });

    it("merges one learner's entries", async () => {
      const viewer = await learnerWithRecentProgress(client(), roadmap);
      const { result, ms } = await timedMerge(viewer, guestEntries(roadmap, 0));
      console.log(`[${database}] 1 learner x ${MAX_ENTRIES} entries: ${ms} ms`);
      expect(result).toEqual(expectedCounts(roadmap, 0));
      expect(ms).toBeLessThan(BOUND_MS.one);
      await expectMergedState(client(), roadmap, viewer, 0);
    });

    it("merges five learners' entries at once", async () => {
      const seeds = [1, 2, 3, 4, 5];
      const viewers = await Promise.all(seeds.map(() => learnerWithRecentProgress(client(), roadmap)));
      const started = performance.now();
      const merges = await Promise.allSettled(
        viewers.map((viewer, k) => timedMerge(viewer, guestEntries(roadmap, seeds[k]!))),
      );
      const ms = Math.round(performance.now() - started);
      const each = merges.map((merge) => (merge.status === "fulfilled" ? merge.value.ms : "failed"));
      console.log(`[${database}] 5 learners x ${MAX_ENTRIES} entries at once: ${ms} ms (each: ${each.join(", ")})`);
      expect(merges.filter((merge) => merge.status === "rejected")).toEqual([]);
      for (const [k, merge] of merges.entries()) {
        expect(merge.status === "fulfilled" && merge.value.result).toEqual(expectedCounts(roadmap, seeds[k]!));
      }
      expect(ms).toBeLessThan(BOUND_MS.five);
      for (const [k, viewer] of viewers.entries()) await expectMergedState(client(), roadmap, viewer, seeds[k]!);
    });

    it("resets five learners' merged roadmaps at once", async () => {
      const seeds = [6, 7, 8, 9, 10];
      const viewers = await Promise.all(seeds.map(() => learnerWithRecentProgress(client(), roadmap)));
      for (const [k, viewer] of viewers.entries()) await timedMerge(viewer, guestEntries(roadmap, seeds[k]!));
      const events = (viewer: Viewer) => client().progressEvent.count({ where: { userId: viewer.userId } });
      const eventsBefore = await Promise.all(viewers.map(events));
      const started = performance.now();
      const resets = await Promise.allSettled(
        viewers.map((viewer) => resetRoadmapProgress(viewer, { roadmapId: roadmap.roadmapId })),
      );
      const ms = Math.round(performance.now() - started);
      console.log(`[${database}] 5 learners resetting a ${MAX_ENTRIES}-item roadmap at once: ${ms} ms`);
      expect(resets.filter((reset) => reset.status === "rejected")).toEqual([]);
      for (const [k, viewer] of viewers.entries()) {
        const reset = resets[k]!;
        const expected = expectedStarted(roadmap, seeds[k]!);
        expect(reset.status === "fulfilled" && reset.value.reset).toBe(expected);
        const stillStarted = { userId: viewer.userId, status: { not: "NOT_STARTED" as const } };
        expect(await client().progress.count({ where: stillStarted })).toBe(0);
        expect(await events(viewer)).toBe(eventsBefore[k]! + expected);
      }
      expect(ms).toBeLessThan(BOUND_MS.five);
    });
  });
}
