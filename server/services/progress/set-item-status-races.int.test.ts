import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../../../e2e/support/factories";
import { testDb } from "../../../e2e/support/test-db";
import type { Prisma } from "../../db/generated/client";
import type { ItemStatus } from "../../db/generated/enums";
import { parseRoadmapMarkdown } from "../../../shared/roadmap-markdown/parse-roadmap-markdown";
import { saveBuiltInRoadmap } from "../roadmaps/authoring/save-built-in-roadmap";
import { requireScope, type Viewer } from "../viewer";
import { applyStatusChanges } from "./apply-status-changes";
import { mergeGuestProgress } from "./merge-guest-progress";
import { setItemStatus } from "./set-item-status";

/*
 * setItemStatus is one statement under READ COMMITTED: these tests put it in the
 * races that statement has to get right, on PostgreSQL (the embedded database
 * runs one statement at a time).
 */

const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"] as const satisfies ItemStatus[];

async function backendItems() {
  return testDb().item.findMany({
    where: { roadmap: { slug: "backend" } },
    orderBy: [{ sectionId: "asc" }, { position: "asc" }],
    select: { id: true, roadmapId: true },
  });
}

/** A learner in a browser session, as the writers of progress take one: checked for WRITE_PROGRESS. */
async function learner() {
  return requireScope(sessionViewerOf(await createUser(testDb())), "WRITE_PROGRESS");
}

async function historyOf(viewer: Viewer, itemId: string) {
  return testDb().progressEvent.findMany({
    where: { userId: viewer.userId, itemId },
    orderBy: { id: "asc" },
    select: { from: true, to: true, at: true },
  });
}

/** Each event starts where the previous ended, changes something, and is not older; the row holds the last. */
async function expectHistoryIsAChain(viewer: Viewer, itemId: string) {
  const events = await historyOf(viewer, itemId);
  let previous: { to: ItemStatus; at: Date } = { to: "NOT_STARTED", at: new Date(0) };
  for (const event of events) {
    expect(event.from).toBe(previous.to);
    expect(event.to).not.toBe(event.from);
    expect(event.at.getTime()).toBeGreaterThanOrEqual(previous.at.getTime());
    previous = event;
  }
  const rows = await testDb().progress.findMany({ where: { userId: viewer.userId, itemId }, select: { status: true } });
  expect(rows.map((row) => row.status)).toEqual(events.length > 0 ? [previous.to] : rows.length ? ["NOT_STARTED"] : []);
  return events;
}

/**
 * Runs `write` in a transaction (another request in the middle of its write)
 * and keeps it open, its locks held, until release().
 */
async function holdOpen(write: (tx: Prisma.TransactionClient) => Promise<unknown>) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holder!: (pid: number) => void;
  const pid = new Promise<number>((resolve) => (holder = resolve));
  const done = testDb().$transaction(async (tx) => {
    await write(tx);
    const [backend] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    holder(backend!.pid);
    await released;
  });
  const holderPid = await pid;
  return {
    /** Resolves once some statement waits for a lock this transaction holds. */
    async untilSomeoneWaits() {
      for (let attempt = 0; attempt < 250; attempt += 1) {
        const [row] = await testDb().$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE ${holderPid}::int = ANY(pg_blocking_pids(pid))`;
        if (row!.waiting > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error("no statement waited for the held transaction");
    },
    async release() {
      release();
      await done;
    },
  };
}

describe("setItemStatus racing other writers of the same item", () => {
  it("after losing the race to create the row, reads the winner's status under the lock", async () => {
    const viewer = await learner();
    const [item] = await backendItems();
    const change = { itemId: item!.id, roadmapId: item!.roadmapId, status: "SKIPPED" as const };
    const other = await holdOpen((tx) => applyStatusChanges(tx, viewer, [change]));
    const mine = setItemStatus(viewer, { itemId: item!.id, status: "DONE" });
    await other.untilSomeoneWaits();
    await other.release();
    expect((await mine).change).toEqual({ itemId: item!.id, from: "SKIPPED", to: "DONE" });
    const events = await expectHistoryIsAChain(viewer, item!.id);
    expect(events.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: "NOT_STARTED", to: "SKIPPED" },
      { from: "SKIPPED", to: "DONE" },
    ]);
  });

  it("after losing the race to create the row with the same status, writes nothing", async () => {
    const viewer = await learner();
    const [, item] = await backendItems();
    const change = { itemId: item!.id, roadmapId: item!.roadmapId, status: "DONE" as const };
    const other = await holdOpen((tx) => applyStatusChanges(tx, viewer, [change]));
    const mine = setItemStatus(viewer, { itemId: item!.id, status: "DONE" });
    await other.untilSomeoneWaits();
    await other.release();
    expect((await mine).change).toBeNull();
    expect(await expectHistoryIsAChain(viewer, item!.id)).toHaveLength(1);
  });

  it("waits for a writer holding the row, then changes from its status, timed after the wait", async () => {
    const viewer = await learner();
    const [, , item] = await backendItems();
    await setItemStatus(viewer, { itemId: item!.id, status: "IN_PROGRESS" });
    const change = { itemId: item!.id, roadmapId: item!.roadmapId, status: "SKIPPED" as const };
    const other = await holdOpen((tx) => applyStatusChanges(tx, viewer, [change]));
    const mine = setItemStatus(viewer, { itemId: item!.id, status: "DONE" });
    await other.untilSomeoneWaits();
    const releasedAt = Date.now();
    await other.release();
    expect((await mine).change).toEqual({ itemId: item!.id, from: "SKIPPED", to: "DONE" });
    const events = await expectHistoryIsAChain(viewer, item!.id);
    expect(events.map(({ to }) => to)).toEqual(["IN_PROGRESS", "SKIPPED", "DONE"]);
    expect(events[2]!.at.getTime()).toBeGreaterThanOrEqual(releasedAt);
  });

  it("keeps one chain of history under many concurrent alternating writers", async () => {
    const viewer = await learner();
    const [, , , item] = await backendItems();
    const reported: { from: ItemStatus; to: ItemStatus }[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async (_, writer) => {
        for (let round = 0; round < 20; round += 1) {
          const status = STATUSES[(writer + round) % STATUSES.length]!;
          const { change } = await setItemStatus(viewer, { itemId: item!.id, status });
          if (change) reported.push({ from: change.from, to: change.to });
        }
      }),
    );
    const events = await expectHistoryIsAChain(viewer, item!.id);
    expect(events.length).toBeGreaterThan(1);
    // Every change a caller was told about is in the history, and nothing else is.
    const sorted = (list: { from: string; to: string }[]) =>
      list.map(({ from, to }) => `${from}>${to}`).sort((a, b) => a.localeCompare(b));
    expect(sorted(reported)).toEqual(sorted(events));
  });

  it("creates one row per item when many first writes of different statuses race", async () => {
    const viewer = await learner();
    const items = (await backendItems()).slice(4, 14);
    const reported = new Map<string, number>();
    await Promise.all(
      items.flatMap((item) =>
        STATUSES.flatMap((status) =>
          [0, 1, 2].map(async () => {
            const { change } = await setItemStatus(viewer, { itemId: item.id, status });
            if (change) reported.set(item.id, (reported.get(item.id) ?? 0) + 1);
          }),
        ),
      ),
    );
    for (const item of items) {
      const events = await expectHistoryIsAChain(viewer, item.id);
      expect(events.length).toBe(reported.get(item.id) ?? 0);
      expect(await testDb().progress.count({ where: { userId: viewer.userId, itemId: item.id } })).toBeLessThanOrEqual(
        1,
      );
    }
  });

  it("keeps each item's history a chain when a guest merge and single writes hit the same items", async () => {
    const viewer = await learner();
    const items = await backendItems();
    const anHourAgo = Date.now() - 3_600_000;
    const entries = items.map((item, index) => ({
      itemId: item.id,
      status: STATUSES[index % STATUSES.length],
      updatedAt: new Date(anHourAgo + index * 1000).toISOString(),
    }));
    await Promise.all([
      mergeGuestProgress(viewer, { entries }),
      ...[0, 1, 2].map(async (writer) => {
        for (let round = 0; round < 10; round += 1) {
          const item = items[(writer * 7 + round) % items.length]!;
          await setItemStatus(viewer, { itemId: item.id, status: STATUSES[(writer + round) % STATUSES.length]! });
        }
      }),
    ]);
    for (const item of items) await expectHistoryIsAChain(viewer, item.id);
  });
});

describe("a guest merge racing a roadmap's deletion", () => {
  it("ignores the entries of the roadmap deleted under it and merges the rest (sign-in does not fail)", async () => {
    const slug = `doomed-${Date.now().toString(36)}`;
    await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown("# Doomed\n\n## One\n\n- [ ] A\n- [ ] B\n"));
    const owner = await learner();
    await testDb().roadmap.update({ where: { slug }, data: { ownerId: owner.userId, visibility: "PUBLIC" } });
    const doomed = await testDb().item.findMany({ where: { roadmap: { slug } }, select: { id: true } });
    const kept = (await backendItems()).slice(0, 3);
    const guest = await learner();
    const entries = [...doomed, ...kept].map((item, index) => ({
      itemId: item.id,
      status: "DONE",
      updatedAt: new Date(Date.now() - 60_000 + index * 1000).toISOString(),
    }));
    // The owner deletes it while the merge writes: the merge read its items before the deletion committed.
    const deletion = await holdOpen((tx) => tx.roadmap.delete({ where: { slug } }));
    const merge = mergeGuestProgress(guest, { entries });
    await deletion.untilSomeoneWaits();
    await deletion.release();
    expect(await merge).toEqual({ merged: 3, ignored: 2 });
    expect(await testDb().progress.count({ where: { userId: guest.userId, status: "DONE" } })).toBe(3);
  });
});
