import { describe, expect, it } from "vitest";
import { cohortOf, followedRoadmap, joined, learner } from "../../../e2e/support/cohorts";
import { execute } from "../../../e2e/support/graphql-operations";
import { SET_STATUS } from "../../../e2e/support/own-roadmaps";
import { testDb } from "../../../e2e/support/test-db";
import { mergeGuestProgress } from "../progress/merge-guest-progress";

const PREVIEW = `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { dryRun skillChanges { key from to learners } } }`;

const line = (key: string, skill?: string) =>
  `- [ ] ${key} <!-- key: ${key} -->${skill ? ` <!-- skill: ${skill} -->` : ""}`;
const roadmap = (title: string, items: [string, string?][]) =>
  [`# ${title}`, "", "## S", "", ...items.map(([key, skill]) => line(key, skill)), ""].join("\n");

describe("the save preview's skill changes", () => {
  it("counts the learners whose status would move between an item and a skill", async () => {
    const sx = `moves-${Date.now().toString(36)}`;
    const author = await learner(testDb(), "moves");
    const a = await followedRoadmap(author, "PUBLIC", roadmap("Moves A", [["a1", sx]]));
    const b = await followedRoadmap(author, "PUBLIC", roadmap("Moves B", [["b1", sx], ["b3"]]));
    const set = async (who: typeof author, itemId: string, status: string) =>
      expect((await execute(SET_STATUS, { id: itemId, status }, who.viewer)).errors).toBeUndefined();
    // One learner set the skill on b1 itself, and b3 on its own.
    const first = await learner(testDb(), "moves");
    await set(first, b.items.get("b3")!, "DONE");
    await set(first, b.items.get("b1")!, "IN_PROGRESS");
    // Another set it on Alpha; b1 shows it through the skill.
    const second = await learner(testDb(), "moves");
    await set(second, b.items.get("b3")!, "SKIPPED");
    await set(second, a.items.get("a1")!, "DONE");
    // A third has the skill but does not follow B: not counted.
    const third = await learner(testDb(), "moves");
    await set(third, a.items.get("a1")!, "DONE");

    const input = { roadmapId: b.id, markdown: roadmap("Moves B", [["b1"], ["b3", sx]]), dryRun: true };
    const result = await execute<{ saveRoadmap: { skillChanges: unknown[] } }>(PREVIEW, { input }, author.viewer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.saveRoadmap.skillChanges).toEqual([
      // b1 stops claiming it: only the second learner's status on it came through the skill.
      { key: "b1", from: sx, to: null, learners: 1 },
      // b3 claims it: both learners' statuses on b3 differ from theirs on the skill.
      { key: "b3", from: null, to: sx, learners: 2 },
    ]);
  });

  it("counts learners who follow the roadmap without a tally there: untouched rows only, or a cohort", async () => {
    const sy = `moves-${Date.now().toString(36)}-y`;
    const author = await learner(testDb(), "moves");
    const a = await followedRoadmap(author, "PUBLIC", roadmap("Moves A", [["a1", sy]]));
    const c = await followedRoadmap(author, "PUBLIC", roadmap("Moves C", [["c1"], ["c2"]]));
    const set = async (who: typeof author, itemId: string, status: string) =>
      expect((await execute(SET_STATUS, { id: itemId, status }, who.viewer)).errors).toBeUndefined();
    // One's only row on C is an untouched item from a guest merge; another studies C in a cohort.
    const guest = await learner(testDb(), "moves");
    await set(guest, a.items.get("a1")!, "DONE");
    await mergeGuestProgress(guest.viewer, {
      entries: [{ itemId: c.items.get("c2")!, status: "NOT_STARTED", updatedAt: new Date().toISOString() }],
    });
    const member = await learner(testDb(), "moves");
    await set(member, a.items.get("a1")!, "IN_PROGRESS");
    await joined(member, (await cohortOf(author, c.id)).invite);

    const input = { roadmapId: c.id, markdown: roadmap("Moves C", [["c1", sy], ["c2"]]), dryRun: true };
    const result = await execute<{ saveRoadmap: { skillChanges: unknown[] } }>(PREVIEW, { input }, author.viewer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.saveRoadmap.skillChanges).toEqual([{ key: "c1", from: null, to: sy, learners: 2 }]);
  });
});
