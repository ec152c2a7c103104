import { describe, expect, it } from "vitest";
import { cohortOf, followedRoadmap, joined, learner, type Learner } from "../e2e/support/cohorts";
import { tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { SET_STATUS } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";

/*
 * Roadmap.viewerSharedSkills (what "Reset progress" asks about) and the reset's choice,
 * across users: the roadmaps it names are the viewer's own follows that they may see,
 * never someone else's private roadmap, and never another learner's follows.
 */

const SHARED = `query($slug: String!) { roadmap(slug: $slug) { viewerSharedSkills { skill { name } roadmaps { title } } } }`;
const RESET = `mutation($input: ResetRoadmapProgressInput!) { resetRoadmapProgress(input: $input) { items { id status } } }`;

const markdown = (title: string, items: [string, string][]) =>
  [
    `# ${title}`,
    "",
    "## S",
    "",
    ...items.map(([key, skill]) => `- [ ] ${key} <!-- key: ${key} --> <!-- skill: ${skill} -->`),
    "",
  ].join("\n");

async function sharedOf(viewer: Learner["viewer"] | null, slug: string) {
  const result = await execute<{
    roadmap: { viewerSharedSkills: { skill: { name: string }; roadmaps: { title: string }[] }[] };
  }>(SHARED, { slug }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.roadmap.viewerSharedSkills.map((shared) => [
    shared.skill.name,
    shared.roadmaps.map((r) => r.title),
  ]);
}

describe("Roadmap.viewerSharedSkills and resetting shared skills", () => {
  it("names only the viewer's own followed roadmaps they may see, and resets shared skills only when asked", async () => {
    const tag = Date.now().toString(36);
    const skill = `shared-${tag}`;
    const author = await learner(testDb(), "shared");
    const a = await followedRoadmap(author, "PUBLIC", markdown(`Alpha ${tag}`, [["a1", skill]]));
    const b = await followedRoadmap(author, "PUBLIC", markdown(`Beta ${tag}`, [["b1", skill]]));
    const hidden = await followedRoadmap(author, "PRIVATE", markdown(`Hidden ${tag}`, [["h1", skill]]));
    const set = async (who: Learner, itemId: string, status: string) =>
      expect((await execute(SET_STATUS, { id: itemId, status }, who.viewer)).errors).toBeUndefined();

    // The author follows all three; a learner follows Alpha and Beta.
    await set(author, a.items.get("a1")!, "DONE");
    await set(author, b.items.get("b1")!, "DONE");
    await set(author, hidden.items.get("h1")!, "DONE");
    const other = await learner(testDb(), "shared");
    await set(other, a.items.get("a1")!, "IN_PROGRESS");
    await set(other, b.items.get("b1")!, "IN_PROGRESS");
    const stranger = await learner(testDb(), "shared");

    expect(await sharedOf(author.viewer, a.slug)).toEqual([[skill, [`Beta ${tag}`, `Hidden ${tag}`]]]);
    expect(await sharedOf(other.viewer, a.slug)).toEqual([[skill, [`Beta ${tag}`]]]);
    expect(await sharedOf(stranger.viewer, a.slug)).toEqual([]);
    expect(await sharedOf(null, a.slug)).toEqual([]);
    // A roadmap made private since is no longer named to anyone else.
    await testDb().roadmap.update({ where: { id: b.id }, data: { visibility: "PRIVATE" } });
    expect(await sharedOf(other.viewer, a.slug)).toEqual([]);
    await testDb().roadmap.update({ where: { id: b.id }, data: { visibility: "PUBLIC" } });

    // Tokens: reading it needs READ_PROGRESS.
    const user = { id: other.viewer.userId, login: other.login, role: "LEARNER" as const };
    expect(errorCodes(await execute(SHARED, { slug: a.slug }, tokenViewerOf(user, ["WRITE_PROGRESS"])))).toEqual([
      "FORBIDDEN",
    ]);
    expect((await execute(SHARED, { slug: a.slug }, tokenViewerOf(user, ["READ_PROGRESS"]))).errors).toBeUndefined();

    // Reset without the shared skills keeps them, on both roadmaps; with them, resets both.
    const statusOf = async (itemId: string) =>
      (await testDb().progress.findFirst({ where: { userId: other.viewer.userId, itemId } }))?.status;
    await execute(RESET, { input: { roadmapId: a.id } }, other.viewer);
    expect([await statusOf(a.items.get("a1")!), await statusOf(b.items.get("b1")!)]).toEqual([
      "IN_PROGRESS",
      "IN_PROGRESS",
    ]);
    await execute(RESET, { input: { roadmapId: a.id, resetSharedSkills: true } }, other.viewer);
    expect([await statusOf(a.items.get("a1")!), await statusOf(b.items.get("b1")!)]).toEqual([
      "NOT_STARTED",
      "NOT_STARTED",
    ]);
    // The author's statuses never moved.
    expect(await testDb().progress.count({ where: { userId: author.viewer.userId, status: "DONE" } })).toBe(3);
  });

  it("brings a learner's skills to the roadmap of a cohort they join, so its mentors count them", async () => {
    const tag = Date.now().toString(36);
    const skill = `cohort-${tag}`;
    const author = await learner(testDb(), "shared");
    const a = await followedRoadmap(author, "PUBLIC", markdown(`Alpha ${tag}`, [["a1", skill]]));
    const b = await followedRoadmap(author, "PUBLIC", markdown(`Beta ${tag}`, [["b1", skill]]));
    const member = await learner(testDb(), "shared");
    expect(
      (await execute(SET_STATUS, { id: a.items.get("a1")!, status: "DONE" }, member.viewer)).errors,
    ).toBeUndefined();
    const cohort = await cohortOf(author, b.id);
    await joined(member, cohort.secret);
    const row = await testDb().progress.findFirst({
      where: { userId: member.viewer.userId, itemId: b.items.get("b1")! },
    });
    expect(row?.status).toBe("DONE");
    const tally = await testDb().progressTally.findFirst({ where: { userId: member.viewer.userId, roadmapId: b.id } });
    expect(tally?.done).toBe(1);
  });
});
