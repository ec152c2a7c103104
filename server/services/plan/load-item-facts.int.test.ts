import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../../../e2e/support/factories";
import { testDb } from "../../../e2e/support/test-db";
import type { ItemStatus } from "../../db/generated/enums";
import { itemFactsFromEvents, UNTOUCHED } from "../../../shared/plan/item-facts";
import { itemDates } from "./item-dates";
import { loadItemFacts } from "./load-item-facts";

const STATUSES: ItemStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];

async function backendItems(count: number) {
  return testDb().item.findMany({
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
    where: { roadmap: { slug: "backend" }, parentId: null },
    take: count,
    select: { id: true, roadmapId: true, sectionId: true },
  });
}

describe("loadItemFacts", () => {
  it("computes in SQL what itemFactsFromEvents defines, for any histories", async () => {
    const items = await backendItems(8);
    const history = fc.array(
      fc.record({
        to: fc.constantFrom(...STATUSES),
        // Whole seconds, some shared by several events, as a guest merge can produce.
        at: fc.integer({ min: 0, max: 40 }).map((minute) => new Date(Date.UTC(2026, 2, 1, 10, minute))),
      }),
      { maxLength: 7 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(history, { minLength: items.length, maxLength: items.length }), async (histories) => {
        const user = await createUser(testDb());
        // Inserted in order of time, as the writer does (ties keep their insertion order).
        const rows = histories.flatMap((events, index) =>
          [...events]
            .sort((a, b) => a.at.getTime() - b.at.getTime())
            .map((event) => ({ ...event, item: items[index]! })),
        );
        for (const row of rows) {
          await testDb().progressEvent.create({
            data: {
              userId: user.id,
              itemId: row.item.id,
              roadmapId: row.item.roadmapId,
              from: "NOT_STARTED",
              to: row.to,
              at: row.at,
            },
          });
        }
        const facts = (await loadItemFacts(sessionViewerOf(user), [items[0]!.roadmapId])).get(items[0]!.roadmapId)!;
        items.forEach((item, index) => {
          const events = [...histories[index]!].sort((a, b) => a.at.getTime() - b.at.getTime());
          expect(facts.get(item.id) ?? UNTOUCHED).toEqual(itemFactsFromEvents(events));
        });
      }),
      { numRuns: 15 },
    );
  });

  it("reads nothing for a signed-out viewer and refuses a token without READ_PROGRESS", async () => {
    const [item] = await backendItems(1);
    expect((await loadItemFacts(null, [item!.roadmapId])).get(item!.roadmapId)!.size).toBe(0);
    const user = await createUser(testDb());
    await expect(
      loadItemFacts({ ...sessionViewerOf(user), via: "token", scopes: ["WRITE_PROGRESS"] }, [item!.roadmapId]),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("itemDates (for exports)", () => {
  it("dates every item and section of a roadmap in reading order", async () => {
    const items = await backendItems(3);
    const user = await createUser(testDb());
    const event = (index: number, to: ItemStatus, at: string) => ({
      userId: user.id,
      itemId: items[index]!.id,
      roadmapId: items[index]!.roadmapId,
      from: "NOT_STARTED" as const,
      to,
      at: new Date(at),
    });
    await testDb().progressEvent.createMany({
      data: [
        event(0, "IN_PROGRESS", "2026-03-01T10:00:00Z"),
        event(0, "DONE", "2026-03-02T10:00:00Z"),
        event(1, "DONE", "2026-03-03T10:00:00Z"),
      ],
    });
    const dates = await itemDates(sessionViewerOf(user), items[0]!.roadmapId);
    expect(dates.items).toHaveLength(44);
    const of = (index: number) => dates.items.find((entry) => entry.itemId === items[index]!.id);
    expect(of(0)).toEqual({
      itemId: items[0]!.id,
      sectionId: items[0]!.sectionId,
      startedAt: new Date("2026-03-01T10:00:00Z"),
      finishedAt: new Date("2026-03-02T10:00:00Z"),
    });
    expect(of(1)).toMatchObject({ startedAt: null, finishedAt: new Date("2026-03-03T10:00:00Z") });
    expect(of(2)).toMatchObject({ startedAt: null, finishedAt: null });
    // The first section has these two items only: finished both, it is complete at the later one.
    expect(dates.sections[0]).toEqual({
      sectionId: items[0]!.sectionId,
      startedAt: new Date("2026-03-01T10:00:00Z"),
      completedAt: new Date("2026-03-03T10:00:00Z"),
    });
    expect(dates.sections[1]).toMatchObject({ startedAt: null, completedAt: null });
  });
});
