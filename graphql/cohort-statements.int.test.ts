import { describe, expect, it } from "vitest";
import { countStatements } from "../e2e/support/statement-count";
import { cohortOf, followedRoadmap, learner } from "../e2e/support/cohorts";
import { execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";

/*
 * The mentor's matrix comes from a constant number of statements whatever the
 * number of members and items (issue 22): no statement per member or per item.
 */

const MATRIX = `query($id: ID!) { cohort(id: $id) { id name memberCount
  standing { memberCount medianPacePerWeek bands { members } viewer { percent } }
  members { nodes { user { login } completion { done percent pacePerWeek forecast } lastActiveAt stuckItems { id } } }
  matrix { sectionTotals rows { member { user { login } } counts cells { done total } } } } }`;
const SECTION = `query($id: ID!, $s: ID!) { cohort(id: $id) { matrix { section(id: $s) { rows { statuses } } } } }`;

function markdownWith(items: number): string {
  const lines = ["# Statements", ""];
  for (let section = 0; section < 5; section += 1) {
    lines.push(`## Section ${section}`, "");
    for (let item = section; item < items; item += 5) lines.push(`- [ ] item ${item} <!-- key: i${item} -->`);
    lines.push("");
  }
  return lines.join("\n");
}

/** A cohort of `members` learners on a roadmap of `items` items, each with a status and a history event on every item. */
async function cohortOfSize(members: number, items: number) {
  const owner = await learner(testDb(), "stmt");
  const roadmap = await followedRoadmap(owner, "PUBLIC", markdownWith(items));
  const cohort = await cohortOf(owner, roadmap.id);
  const prefix = `stmt-${cohort.id}`;
  const users = Array.from({ length: members - 1 }, (_, index) => ({
    id: `${prefix}-${index}`,
    login: `${prefix}-${index}`,
  }));
  await testDb().user.createMany({ data: users });
  await testDb().cohortMember.createMany({ data: users.map((user) => ({ cohortId: cohort.id, userId: user.id })) });
  const itemIds = [...roadmap.items.values()];
  const userIds = [owner.viewer.userId, ...users.map((user) => user.id)];
  await testDb().$executeRaw`
    WITH pairs AS (SELECT u AS "userId", i AS "itemId" FROM unnest(${userIds}::text[]) u, unnest(${itemIds}::text[]) i),
    progress AS (
      INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt")
      SELECT gen_random_uuid()::text, "userId", "itemId", ${roadmap.id}, 'DONE', now() - interval '3 days' FROM pairs
    )
    INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at")
    SELECT "userId", "itemId", ${roadmap.id}, 'NOT_STARTED', 'DONE', now() - interval '3 days' FROM pairs`;
  return { owner, cohort };
}

async function statementsOf(members: number, items: number) {
  const { owner, cohort } = await cohortOfSize(members, items);
  // Warm the content caches: a first read of a roadmap's tree costs the same four statements at any size.
  const warm = await execute(MATRIX, { id: cohort.id }, owner.viewer);
  expect(warm.errors).toBeUndefined();
  expect(warm.data!.cohort.matrix.rows).toHaveLength(members);
  const matrix = await countStatements(async () => {
    const result = await execute(MATRIX, { id: cohort.id }, owner.viewer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.cohort.members.nodes[0].completion.percent).toBe(100);
  });
  const sectionId = (
    await execute(`query($id: ID!) { cohort(id: $id) { matrix { sections { id } } } }`, { id: cohort.id }, owner.viewer)
  ).data!.cohort.matrix.sections[0].id;
  const section = await countStatements(async () => {
    const result = await execute(SECTION, { id: cohort.id, s: sectionId }, owner.viewer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.cohort.matrix.section.rows).toHaveLength(members);
  });
  return { matrix, section };
}

describe("the cohort matrix's statements", () => {
  it("are as many for 2 members as for 40, and for 5 items as for 200", async () => {
    const small = await statementsOf(2, 5);
    const manyMembers = await statementsOf(40, 5);
    const manyItems = await statementsOf(2, 200);
    expect(manyMembers).toEqual(small);
    expect(manyItems).toEqual(small);
    // The membership with its count, the roadmap's version, then the five of the figures (members,
    // counts per section from the tallies, the probes per member in two, goals); a column's items add one.
    expect(small.matrix).toBe(7);
    expect(small.section).toBe(8);
  });
});

describe("a learner's cohorts with their invites", () => {
  it("read every cohort's invite in one statement, as many for one cohort as for four", async () => {
    const owner = await learner(testDb(), "invites");
    const roadmap = await followedRoadmap(owner);
    const LIST = `{ viewer { cohorts { nodes { id inviteUrl invite { uses } } } } }`;
    const statementsWith = async (cohorts: number) => {
      const result = await execute<{ viewer: { cohorts: { nodes: { inviteUrl: string | null }[] } } }>(
        LIST,
        {},
        owner.viewer,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.viewer.cohorts.nodes).toHaveLength(cohorts);
      expect(result.data!.viewer.cohorts.nodes.every((node) => node.inviteUrl?.startsWith("/cohorts/join/"))).toBe(
        true,
      );
      return countStatements(() => execute(LIST, {}, owner.viewer));
    };
    await cohortOf(owner, roadmap.id);
    const one = await statementsWith(1);
    for (let index = 0; index < 3; index += 1) await cohortOf(owner, roadmap.id);
    expect(await statementsWith(4)).toBe(one);
  });
});
