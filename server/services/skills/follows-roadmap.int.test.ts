import { describe, expect, it } from "vitest";
import { cohortOf, followedRoadmap, joined, learner, SET_STATUS, type Learner } from "../../../e2e/support/cohorts";
import { execute } from "../../../e2e/support/graphql-operations";
import { testDb } from "../../../e2e/support/test-db";
import { mergeGuestProgress } from "../progress/merge-guest-progress";

const markdown = (title: string) =>
  [`# ${title}`, "", "## S", "", "- [ ] One <!-- key: one -->", "- [ ] Two <!-- key: two -->", ""].join("\n");

async function set(who: Learner, itemId: string, status: string) {
  expect((await execute(SET_STATUS, { id: itemId, status }, who.viewer)).errors).toBeUndefined();
}

/*
 * "A learner follows a roadmap" is asked three ways in the database (migration follows_roadmap):
 * the roadmaps of a learner, the learners of a roadmap, and one pair. Skill statuses reach
 * exactly the roadmaps a learner follows, so the three must never disagree.
 */
describe("following a roadmap", () => {
  it("is one rule whichever way it is asked: a progress row of any status, or a cohort", async () => {
    const db = testDb();
    const author = await learner(db, "follows");
    const open = await followedRoadmap(author, "PUBLIC", markdown("Follows open"));
    const untouched = await followedRoadmap(author, "PUBLIC", markdown("Follows untouched"));
    const studied = await followedRoadmap(author, "PUBLIC", markdown("Follows studied"));
    const own = await followedRoadmap(author, "PRIVATE", markdown("Follows own"));
    const roadmaps = { open, untouched, studied, own };

    const ticked = await learner(db, "follows");
    await set(ticked, open.items.get("one")!, "DONE");
    // A guest merge of an item never touched leaves a NOT_STARTED row and no tally.
    const merged = await learner(db, "follows");
    await mergeGuestProgress(merged.viewer, {
      entries: [{ itemId: untouched.items.get("two")!, status: "NOT_STARTED", updatedAt: new Date().toISOString() }],
    });
    const member = await learner(db, "follows");
    await joined(member, (await cohortOf(author, studied.id)).invite);
    const stranger = await learner(db, "follows");
    await set(author, own.items.get("one")!, "IN_PROGRESS");
    const learners = { author, ticked, merged, member, stranger };

    const answers: Record<string, { pair: boolean; followers: boolean; followed: boolean }> = {};
    for (const [who, { viewer }] of Object.entries(learners)) {
      const { userId } = viewer;
      const [followed] = await db.$queryRaw<{ ids: string[] }[]>`
        SELECT COALESCE(array_agg(f."id"), '{}') AS "ids" FROM "followed_roadmaps"(${userId}) f`;
      for (const [which, roadmap] of Object.entries(roadmaps)) {
        const [row] = await db.$queryRaw<{ pair: boolean; followers: boolean }[]>`
          SELECT EXISTS (SELECT 1 FROM "follows_roadmap"(${userId}, ${roadmap.id})) AS "pair",
            EXISTS (SELECT 1 FROM "roadmap_followers"(${roadmap.id}) f WHERE f."userId" = ${userId}) AS "followers"`;
        answers[`${who} ${which}`] = { ...row!, followed: followed!.ids.includes(roadmap.id) };
      }
    }
    const following = Object.entries(answers)
      .filter(([, answer]) => answer.pair)
      .map(([pair]) => pair);
    // The author studies `studied` as its cohort's mentor (a member) and has a row on `own`.
    expect(following.sort()).toEqual(
      ["author own", "author studied", "member studied", "merged untouched", "ticked open"].sort(),
    );
    for (const [pair, answer] of Object.entries(answers)) {
      expect({ pair, followers: answer.followers }).toEqual({ pair, followers: answer.pair });
      // followed_roadmaps lists only roadmaps the learner may see; every pair here is visible but
      // `own` to others, which no one else follows.
      expect({ pair, followed: answer.followed }).toEqual({ pair, followed: answer.pair });
    }
  });

  it("is inlined into the statements that ask it, not called once per row", async () => {
    const plan = await testDb().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT r."id" FROM "Roadmap" r WHERE EXISTS (SELECT 1 FROM "follows_roadmap"('someone', r."id"))`,
    );
    const text = plan.map((line) => line["QUERY PLAN"]).join("\n");
    expect(text).toContain("Progress");
    expect(text).not.toMatch(/Function Scan/);
  });
});
