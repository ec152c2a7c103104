import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../../../e2e/support/factories";
import { testDb } from "../../../e2e/support/test-db";
import { mergeGuestProgress } from "./merge-guest-progress";
import { resetRoadmapProgress } from "./reset-roadmap-progress";
import { setItemStatus } from "./set-item-status";

async function backendItems() {
  return testDb().item.findMany({
    where: { roadmap: { slug: "backend" } },
    orderBy: [{ sectionId: "asc" }, { position: "asc" }],
    select: { id: true, roadmapId: true },
  });
}

async function learner() {
  return sessionViewerOf(await createUser(testDb()));
}

describe("setItemStatus", () => {
  it("survives 50 concurrent identical calls: no error, one progress row, one history event", async () => {
    const viewer = await learner();
    const [item] = await backendItems();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => setItemStatus(viewer, { itemId: item!.id, status: "DONE" })),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const where = { userId: viewer.userId, itemId: item!.id };
    expect(await testDb().progress.findMany({ where, select: { status: true } })).toEqual([{ status: "DONE" }]);
    expect(await testDb().progressEvent.findMany({ where, select: { from: true, to: true } })).toEqual([
      { from: "NOT_STARTED", to: "DONE" },
    ]);
    expect(results.filter((result) => result.status === "fulfilled" && result.value.change !== null)).toHaveLength(1);
  });

  it("appends one event per real change and none for a repeat", async () => {
    const viewer = await learner();
    const [, item] = await backendItems();
    for (const status of ["IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "NOT_STARTED"] as const) {
      await setItemStatus(viewer, { itemId: item!.id, status });
    }
    const events = await testDb().progressEvent.findMany({
      where: { userId: viewer.userId },
      orderBy: { id: "asc" },
      select: { from: true, to: true },
    });
    expect(events).toEqual([
      { from: "NOT_STARTED", to: "IN_PROGRESS" },
      { from: "IN_PROGRESS", to: "DONE" },
      { from: "DONE", to: "NOT_STARTED" },
    ]);
  });

  it("keeps the last of many concurrent different changes, with history consistent with it", async () => {
    const viewer = await learner();
    const [, , item] = await backendItems();
    const statuses = ["DONE", "SKIPPED", "IN_PROGRESS", "DONE", "NOT_STARTED", "SKIPPED"] as const;
    await Promise.all(statuses.map((status) => setItemStatus(viewer, { itemId: item!.id, status })));
    const row = await testDb().progress.findFirstOrThrow({ where: { userId: viewer.userId, itemId: item!.id } });
    const events = await testDb().progressEvent.findMany({ where: { userId: viewer.userId }, orderBy: { id: "asc" } });
    // Whatever order the database serialised them in, the history replays to the stored status.
    expect(events.at(-1)!.to).toBe(row.status);
    events.forEach((event, index) => {
      expect(event.from).toBe(index === 0 ? "NOT_STARTED" : events[index - 1]!.to);
    });
  });

  it("rejects bad input, unknown items, anonymous callers and read-only tokens", async () => {
    const user = await createUser(testDb());
    const [item] = await backendItems();
    await expect(setItemStatus(sessionViewerOf(user), { itemId: item!.id, status: "FINISHED" })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
    });
    await expect(setItemStatus(sessionViewerOf(user), { itemId: "nope", status: "DONE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setItemStatus(null, { itemId: item!.id, status: "DONE" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(
      setItemStatus(tokenViewerOf(user, ["READ_PROGRESS"]), { itemId: item!.id, status: "DONE" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb().progress.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("resetRoadmapProgress", () => {
  it("puts every started item back to not started, recording each reset", async () => {
    const viewer = await learner();
    const items = await backendItems();
    await setItemStatus(viewer, { itemId: items[0]!.id, status: "DONE" });
    await setItemStatus(viewer, { itemId: items[1]!.id, status: "IN_PROGRESS" });
    const result = await resetRoadmapProgress(viewer, { roadmapId: items[0]!.roadmapId });
    expect(result.reset).toBe(2);
    expect(await testDb().progress.count({ where: { userId: viewer.userId, status: { not: "NOT_STARTED" } } })).toBe(0);
    expect(await testDb().progressEvent.count({ where: { userId: viewer.userId, to: "NOT_STARTED" } })).toBe(2);
  });
});

describe("mergeGuestProgress", () => {
  it("keeps the newer change per item, records history at the guest's time, ignores unknown items", async () => {
    const viewer = await learner();
    const [a, b, c] = await backendItems();
    await setItemStatus(viewer, { itemId: a!.id, status: "IN_PROGRESS" }); // newer than the guest's change below
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const result = await mergeGuestProgress(viewer, {
      entries: [
        { itemId: a!.id, status: "DONE", updatedAt: anHourAgo },
        { itemId: b!.id, status: "DONE", updatedAt: anHourAgo },
        { itemId: c!.id, status: "SKIPPED", updatedAt: "2999-01-01T00:00:00Z" },
        { itemId: "gone", status: "DONE", updatedAt: anHourAgo },
      ],
    });
    expect(result).toEqual({ merged: 2, ignored: 1 });
    const status = async (itemId: string) =>
      (await testDb().progress.findFirst({ where: { userId: viewer.userId, itemId } }))?.status;
    expect(await status(a!.id)).toBe("IN_PROGRESS");
    expect(await status(b!.id)).toBe("DONE");
    expect(await status(c!.id)).toBe("SKIPPED");
    const event = await testDb().progressEvent.findFirstOrThrow({ where: { userId: viewer.userId, itemId: b!.id } });
    expect(event.at.toISOString()).toBe(anHourAgo);
    const future = await testDb().progressEvent.findFirstOrThrow({ where: { userId: viewer.userId, itemId: c!.id } });
    expect(future.at.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
