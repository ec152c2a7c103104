import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { learnerWithProgress } from "../e2e/support/learner-with-progress";
import { testDb } from "../e2e/support/test-db";

/*
 * Progress read back through a write: what a token without READ_PROGRESS must
 * not learn from a mutation's answer (the queries' own fields refuse it already).
 */

const PREVIEW = `mutation($input: SaveRoadmapInput!) {
  saveRoadmap(input: $input) { learnersAffected changes { key kind learners } }
}`;
/** The learner's roadmap with both items gone: a preview of retiring them. */
const WITHOUT_ITEMS = "# Matrix\n\n## S\n\n- [ ] three\n";

type Preview = { learnersAffected: number; changes: { key: string; kind: string; learners: number }[] };

/** Learners per changed item, by key. */
function learnersByKey(preview: Preview): Record<string, number> {
  return Object.fromEntries(preview.changes.map((change) => [change.key, change.learners]));
}

describe("a save's preview", () => {
  it("counts the viewer among the learners a change touches only when they may read their progress", async () => {
    const learner = await learnerWithProgress();
    const input = { roadmapId: learner.roadmapId, markdown: WITHOUT_ITEMS, dryRun: true };

    const blind = await execute<{ saveRoadmap: Preview }>(
      PREVIEW,
      { input },
      tokenViewerOf(learner.user, ["WRITE_ROADMAPS"]),
    );
    expect(blind.data!.saveRoadmap.learnersAffected).toBe(0);
    expect(learnersByKey(blind.data!.saveRoadmap)).toEqual({ three: 0, one: 0, two: 0 });
    const reader = await execute<{ saveRoadmap: Preview }>(
      PREVIEW,
      { input },
      tokenViewerOf(learner.user, ["WRITE_ROADMAPS", "READ_PROGRESS"]),
    );
    expect(reader.data!.saveRoadmap.learnersAffected).toBe(1);
    expect(learnersByKey(reader.data!.saveRoadmap)).toEqual({ three: 0, one: 1, two: 1 });
  });

  it("still counts the other learners of a public roadmap", async () => {
    const learner = await learnerWithProgress();
    await testDb().roadmap.update({ where: { id: learner.roadmapId }, data: { visibility: "PUBLIC" } });
    const follower = sessionViewerOf(await createUser(testDb()));
    await execute(
      `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id } }`,
      { id: learner.two },
      follower,
    );
    const input = { roadmapId: learner.roadmapId, markdown: WITHOUT_ITEMS, dryRun: true };
    const blind = await execute<{ saveRoadmap: Preview }>(
      PREVIEW,
      { input },
      tokenViewerOf(learner.user, ["WRITE_ROADMAPS"]),
    );
    expect(blind.data!.saveRoadmap.learnersAffected).toBe(1);
    expect(learnersByKey(blind.data!.saveRoadmap)).toEqual({ three: 0, one: 0, two: 1 });
  });
});

describe("setItemStatus's answer", () => {
  const SET = `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id status statusUpdatedAt } }`;

  it("tells a token without READ_PROGRESS neither the status nor its time, changed or not", async () => {
    const learner = await learnerWithProgress();
    const stored = await testDb().progress.findFirstOrThrow({
      where: { userId: learner.user.id, itemId: learner.one },
    });
    const writer = tokenViewerOf(learner.user, ["WRITE_PROGRESS"]);

    // `one` is DONE already: the time would be the stored one, read without the scope.
    const unchanged = await execute(SET, { id: learner.one }, writer);
    expect(unchanged.data).toEqual({ setItemStatus: { id: learner.one, status: null, statusUpdatedAt: null } });
    expect(errorCodes(unchanged)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    await testDb().progress.update({ where: { id: stored.id }, data: { status: "SKIPPED" } });
    const changed = await execute(SET, { id: learner.one }, writer);
    expect(errorCodes(changed)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect((await testDb().progress.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe("DONE");

    const reader = await execute(
      SET,
      { id: learner.two },
      tokenViewerOf(learner.user, ["WRITE_PROGRESS", "READ_PROGRESS"]),
    );
    const two = await testDb().progress.findFirstOrThrow({ where: { userId: learner.user.id, itemId: learner.two } });
    expect(reader).toEqual({
      data: { setItemStatus: { id: learner.two, status: "DONE", statusUpdatedAt: two.updatedAt.toISOString() } },
    });
  });
});
