import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohortOf, followedRoadmap, joined, learner, SET_STATUS } from "./cohorts";
import { execute } from "./graphql-operations";
import { SAVE } from "./own-roadmaps";
import { testDb } from "./test-db";
import { stuckItemIds } from "@/shared/cohorts/stuck-items";
import type { ItemFacts } from "@/shared/plan/item-facts";
import { Prisma } from "@/server/db/generated/client";
import type { ItemStatus } from "@/server/db/generated/enums";
import { factsOf, itemFactsRows } from "@/server/services/plan/item-facts-rows";
import { learnerPlan } from "@/server/services/plan/roadmap-plans";
import { mergeGuestProgress } from "@/server/services/progress/merge-guest-progress";
import { resetRoadmapProgress } from "@/server/services/progress/reset-roadmap-progress";
import { loadRoadmapContents } from "@/server/services/roadmaps/content/roadmap-content";
import { loadCohortFigures, memberPlan } from "@/server/services/cohorts/cohort-figures";

/*
 * A cohort's figures come from tallies the database keeps (ProgressTally) and
 * from index probes of each member's rows (their `since`, kept by the writers
 * and a trigger), never from folding a member's history. They must give exactly
 * the counts, plans and "stuck" items that the history's definition gives
 * (shared/plan/item-facts.ts, computed in SQL by itemFactsRows) over the
 * roadmap's live items, whatever happened through the real writers: single
 * changes, guest merges with times of their own (some older than what is
 * stored, so dropped), repeated items in a batch, resets, and the author's
 * saves retiring, reviving and moving items between sections.
 */

const markdown = (first: string[], second: string[]) =>
  [
    "# Figures roadmap",
    "",
    "## First",
    "",
    ...first.map((key) => `- [ ] ${key} <!-- key: ${key} -->`),
    "",
    ...(second.length > 0 ? ["## Second", "", ...second.map((key) => `- [ ] ${key} <!-- key: ${key} -->`), ""] : []),
  ].join("\n");
// The roadmap as its author saves it over time.
const VERSIONS = [
  markdown(["a", "b", "c", "d"], ["e", "f", "g"]),
  // "b" retired, "d" moved to the second section.
  markdown(["a", "c"], ["d", "e", "f", "g"]),
  // The second section retired, with "e", "f" and "g".
  markdown(["a", "b", "c", "d"], []),
  // "a" retired, "e" moved to the first section.
  markdown(["b", "c", "d", "e"], ["f", "g"]),
];
const KEYS = ["a", "b", "c", "d", "e", "f", "g"];
const STATUSES: ItemStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];
const HOUR = 3_600_000;
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kathmandu"];

const entry = fc.record({
  key: fc.constantFrom(...KEYS),
  status: fc.constantFrom(...STATUSES),
  // Up to 60 days back: across the pace window (28), "stuck" (14) and this week.
  hoursAgo: fc.integer({ min: 0, max: 60 * 24 }),
});
const operation = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("merge" as const),
      entries: fc.array(entry, { minLength: 1, maxLength: 6 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      key: fc.constantFrom(...KEYS),
      status: fc.constantFrom(...STATUSES),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "reset" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("save" as const), version: fc.nat(VERSIONS.length - 1) }) },
);

const ZERO = { done: 0, inProgress: 0, skipped: 0 };

export function describeCohortFigures(database: string): void {
  describe(`a cohort's figures on ${database}`, () => {
    it("give the counts, plans and stuck items the members' histories define, for any histories and saves", async () => {
      const db = testDb();
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(operation, { maxLength: 8 }), { minLength: 3, maxLength: 3 }),
          async (plays) => {
            // A new author each time: saves are limited per learner and minute.
            const owner = await learner(db, "figures");
            const roadmap = await followedRoadmap(owner, "PUBLIC", VERSIONS[0]);
            const itemOf = (key: string) => roadmap.items.get(key)!;
            const saveVersion = async (version: number) => {
              const input = { roadmapId: roadmap.id, markdown: VERSIONS[version] };
              expect((await execute(SAVE, { input }, owner.viewer)).errors).toBeUndefined();
            };
            const cohort = await cohortOf(owner, roadmap.id);
            const members = await Promise.all(plays.map(() => learner(db, "figures")));
            for (const member of members) await joined(member, cohort.secret);
            const start = Date.now();
            for (const [index, play] of plays.entries()) {
              const { viewer } = members[index]!;
              for (const op of play) {
                if (op.kind === "merge") {
                  const entries = op.entries.map((e) => ({
                    itemId: itemOf(e.key),
                    status: e.status,
                    updatedAt: new Date(start - e.hoursAgo * HOUR).toISOString(),
                  }));
                  await mergeGuestProgress(viewer, { entries });
                } else if (op.kind === "set") {
                  // A retired item refuses (NOT_FOUND) and changes nothing.
                  const result = await execute(SET_STATUS, { id: itemOf(op.key), status: op.status }, viewer);
                  const codes = result.errors?.map((error) => error.extensions?.code) ?? [];
                  expect(codes.filter((code) => code !== "NOT_FOUND")).toEqual([]);
                } else if (op.kind === "save") {
                  await saveVersion(op.version);
                } else {
                  await resetRoadmapProgress(viewer, { roadmapId: roadmap.id });
                }
              }
            }
            const [content] = await loadRoadmapContents(owner.viewer, [roadmap.id]);
            const now = new Date();
            const figures = await loadCohortFigures(cohort.id, content!, now);
            const userIds = figures.members.map((member) => member.userId);
            const facts = new Map<string, Map<string, ItemFacts>>();
            for (const row of await itemFactsRows(Prisma.sql`e."userId" = ANY(${userIds}::text[])`, [roadmap.id])) {
              const ofUser = facts.get(row.userId) ?? new Map<string, ItemFacts>();
              facts.set(row.userId, ofUser);
              ofUser.set(row.itemId, factsOf(row));
            }
            const itemIds = content!.items.map((item) => item.id);
            for (const member of figures.members) {
              const history = facts.get(member.userId) ?? new Map<string, ItemFacts>();
              const counted = (ids: readonly string[]) => {
                const counts = { ...ZERO };
                for (const id of ids) {
                  const status = history.get(id)?.status;
                  if (status === "DONE") counts.done += 1;
                  else if (status === "IN_PROGRESS") counts.inProgress += 1;
                  else if (status === "SKIPPED") counts.skipped += 1;
                }
                return counts;
              };
              for (const section of content!.sections) {
                const ids = content!.items.filter((item) => item.sectionId === section.id).map((item) => item.id);
                expect(member.sections.get(section.id) ?? ZERO).toEqual(counted(ids));
              }
              expect(member.completion).toMatchObject(counted(itemIds));
              for (const zone of ZONES) {
                expect(memberPlan(member, zone)).toEqual(learnerPlan(content!, history, member.goal, zone, now));
              }
              expect(member.stuckItemIds).toEqual(stuckItemIds(itemIds, history, now));
              const [last] = await db.$queryRaw<{ at: Date | null }[]>`
              SELECT max("at") AS "at" FROM "ProgressEvent"
              WHERE "userId" = ${member.userId} AND "roadmapId" = ${roadmap.id} AND "kind" = 'CHANGE'`;
              expect(member.lastActiveAt).toEqual(last?.at ?? null);
            }
          },
        ),
        {
          numRuns: 15,
          examples: [
            // Finished this week on an item then retired: neither pace nor this week counts it.
            [
              [
                [
                  {
                    kind: "merge",
                    entries: [
                      { key: "b", status: "DONE", hoursAgo: 24 },
                      { key: "a", status: "DONE", hoursAgo: 200 },
                    ],
                  },
                ],
                [],
                [{ kind: "save", version: 1 }],
              ],
            ],
            // In progress for 20 days on an item of a section then retired: not stuck.
            [
              [
                [{ kind: "merge", entries: [{ key: "e", status: "IN_PROGRESS", hoursAgo: 480 }] }],
                [{ kind: "merge", entries: [{ key: "f", status: "DONE", hoursAgo: 30 }] }],
                [{ kind: "save", version: 2 }],
              ],
            ],
          ],
        },
      );
    }, 300_000);

    it("keep the tallies through deleting an account and a roadmap (the cascades run the triggers)", async () => {
      const db = testDb();
      const owner = await learner(db, "figures");
      const roadmap = await followedRoadmap(owner, "PUBLIC", VERSIONS[0]);
      const cohort = await cohortOf(owner, roadmap.id);
      const member = await learner(db, "figures");
      await joined(member, cohort.secret);
      for (const key of ["a", "e"]) {
        expect(
          (await execute(SET_STATUS, { id: roadmap.items.get(key), status: "DONE" }, member.viewer)).errors,
        ).toBeUndefined();
      }
      const tallies = () =>
        db.progressTally.findMany({ where: { roadmapId: roadmap.id }, orderBy: { sectionId: "asc" } });
      expect((await tallies()).map((tally) => tally.done)).toEqual([1, 1]);
      await db.user.delete({ where: { id: member.viewer.userId } });
      expect(await tallies()).toEqual([]);
      await db.roadmap.delete({ where: { id: roadmap.id } });
      expect(await db.progressTally.count({ where: { roadmapId: roadmap.id } })).toBe(0);
    });
  });
}
