import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohortOf, followedRoadmap, joined, learner, SET_STATUS } from "../../../e2e/support/cohorts";
import { execute } from "../../../e2e/support/graphql-operations";
import { testDb } from "../../../e2e/support/test-db";
import { stuckItemIds } from "../../../shared/cohorts/stuck-items";
import type { ItemFacts } from "../../../shared/plan/item-facts";
import { Prisma } from "../../db/generated/client";
import type { ItemStatus } from "../../db/generated/enums";
import { factsOf, itemFactsRows } from "../plan/item-facts-rows";
import { learnerPlan } from "../plan/roadmap-plans";
import { mergeGuestProgress } from "../progress/merge-guest-progress";
import { resetRoadmapProgress } from "../progress/reset-roadmap-progress";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import { loadCohortFigures, memberPlan } from "./cohort-figures";

/*
 * A cohort's figures sum progress rows (their `since`, kept by the two writers)
 * instead of folding each member's history. They must give exactly the plans and
 * "stuck" items that the history's definition gives (shared/plan/item-facts.ts,
 * computed in SQL by itemFactsRows), whatever the learners did through the real
 * writers: single changes, guest merges with times of their own (some older
 * than what is stored, so dropped), repeated items in a batch, and resets.
 */

const MARKDOWN = [
  "# Figures roadmap",
  "",
  "## First",
  "",
  ...["a", "b", "c", "d"].map((key) => `- [ ] ${key} <!-- key: ${key} -->`),
  "",
  "## Second",
  "",
  ...["e", "f", "g"].map((key) => `- [ ] ${key} <!-- key: ${key} -->`),
  "",
].join("\n");
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
);

describe("a cohort's figures", () => {
  it("give the plans and stuck items the members' histories define, for any histories", async () => {
    const db = testDb();
    const owner = await learner(db, "figures");
    const roadmap = await followedRoadmap(owner, "PUBLIC", MARKDOWN);
    const itemOf = (key: string) => roadmap.items.get(key)!;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { maxLength: 8 }), { minLength: 3, maxLength: 3 }),
        async (plays) => {
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
                const result = await execute(SET_STATUS, { id: itemOf(op.key), status: op.status }, viewer);
                expect(result.errors).toBeUndefined();
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
      { numRuns: 12 },
    );
  }, 240_000);
});
