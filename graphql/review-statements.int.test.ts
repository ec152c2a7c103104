import { describe, expect, it } from "vitest";
import { followedRoadmap, learner, type Learner } from "../e2e/support/cohorts";
import { execute } from "../e2e/support/graphql-operations";
import { countStatements } from "../e2e/support/statement-count";
import { testDb } from "../e2e/support/test-db";

/*
 * The review queue and a rating cost a constant number of SQL statements,
 * whatever the number of items in review (issue 23).
 */

const QUEUE = `{ viewer { reviewQueue { dueToday overdue remainingToday
  items { nodes { id title review { due reps retrievability } } } } } }`;
const RATE = `mutation($id: ID!) { reviewItem(input: { itemId: $id, rating: GOOD }) { id review { reps due } } }`;

async function learnerWithDueItems(count: number): Promise<{ who: Learner; itemIds: string[] }> {
  const who = await learner(testDb(), "review-statements");
  const lines = Array.from({ length: count }, (_, index) => `- [x] item ${index} <!-- key: i${index} -->`);
  const roadmap = await followedRoadmap(who, "PRIVATE", `# Many\n\n## S\n\n${lines.join("\n")}\n`);
  const itemIds = [...roadmap.items.values()];
  for (const id of itemIds) {
    await execute(
      `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id } }`,
      { id },
      who.viewer,
    );
  }
  await testDb().$executeRaw`UPDATE "ReviewCard" SET "due" = "due" - interval '60 days',
    "lastReview" = "lastReview" - interval '60 days', "enteredAt" = "enteredAt" - interval '60 days'
    WHERE "userId" = ${who.viewer.userId}`;
  await testDb().reviewSettings.create({ data: { userId: who.viewer.userId, dailyLimit: 500 } });
  return { who, itemIds };
}

describe("review's statements", () => {
  it("the queue's first page is the same few statements for 3 items and for a full page of 20", async () => {
    const counts: number[] = [];
    for (const size of [3, 20]) {
      const { who } = await learnerWithDueItems(size);
      let nodes = 0;
      counts.push(
        await countStatements(async () => {
          const result = await execute(QUEUE, {}, who.viewer);
          expect(result.errors).toBeUndefined();
          nodes = result.data!.viewer.reviewQueue.items.nodes.length;
        }),
      );
      expect(nodes).toBe(size);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(8);
  });

  it("a rating is the same statements whatever the history", async () => {
    const { who, itemIds } = await learnerWithDueItems(5);
    const first = await countStatements(() => execute(RATE, { id: itemIds[0] }, who.viewer));
    const later = await countStatements(() => execute(RATE, { id: itemIds[4] }, who.viewer));
    expect(later).toBe(first);
    expect(first).toBeLessThanOrEqual(6);
  });
});
