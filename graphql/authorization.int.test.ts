import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";

const ITEM = `query($id: ID!) { item(id: $id) { status note } }`;
const SET = `mutation($id: ID!, $status: ItemStatus!) { setItemStatus(input: { itemId: $id, status: $status }) { status } }`;
const NOTE = `mutation($id: ID!, $note: String) { setItemNote(input: { itemId: $id, note: $note }) { note } }`;

async function anItem() {
  const result = await execute<{ roadmap: { items: { id: string }[] } }>(
    `{ roadmap(slug: "backend") { items { id } } }`,
  );
  return result.data!.roadmap.items[10]!.id;
}

describe("learners only ever see and change their own progress", () => {
  it("B reads none of A's statuses or notes, and B's writes never touch A's", async () => {
    const a = sessionViewerOf(await createUser(testDb()));
    const b = sessionViewerOf(await createUser(testDb()));
    const id = await anItem();
    await execute(SET, { id, status: "DONE" }, a);
    await execute(NOTE, { id, note: "A's private note" }, a);

    expect((await execute(ITEM, { id }, b)).data).toEqual({ item: { status: "NOT_STARTED", note: null } });
    const roadmap = await execute(
      `{ roadmap(slug: "backend") { progress { done } } viewer { followedRoadmaps { slug } } }`,
      {},
      b,
    );
    expect(roadmap.data).toEqual({ roadmap: { progress: { done: 0 } }, viewer: { followedRoadmaps: [] } });

    await execute(SET, { id, status: "SKIPPED" }, b);
    await execute(NOTE, { id, note: null }, b);
    expect((await execute(ITEM, { id }, a)).data).toEqual({ item: { status: "DONE", note: "A's private note" } });
  });

  it("progress mutations take no user id: the schema has nowhere to put one", async () => {
    const a = sessionViewerOf(await createUser(testDb()));
    const result = await execute(
      `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE, userId: "someone" }) { status } }`,
      { id: await anItem() },
      a,
    );
    expect(errorCodes(result)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("B cannot revoke A's token (NOT_FOUND, so token ids cannot be probed)", async () => {
    const a = sessionViewerOf(await createUser(testDb()));
    const b = sessionViewerOf(await createUser(testDb()));
    const created = await execute(
      `mutation { createApiToken(input: { name: "a", scopes: [READ_PROGRESS] }) { apiToken { id } } }`,
      {},
      a,
    );
    const id = created.data!.createApiToken.apiToken.id;
    const result = await execute(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`, { id }, b);
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    expect(await testDb().apiToken.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedAt: null });
  });
});

describe("signed-out callers and token scopes", () => {
  it("signed-out callers get UNAUTHENTICATED for every write", async () => {
    const id = await anItem();
    for (const [query, variables] of [
      [SET, { id, status: "DONE" }],
      [NOTE, { id, note: "x" }],
      [`mutation { createApiToken(input: { name: "x", scopes: [READ_PROGRESS] }) { token } }`, {}],
      [`mutation { resetRoadmapProgress(input: { roadmapId: "x" }) { id } }`, {}],
    ] as const) {
      expect(errorCodes(await execute(query, variables))).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("a write-only token cannot read progress; a read-only token cannot write", async () => {
    const user = await createUser(testDb());
    const id = await anItem();
    const writeOnly = tokenViewerOf(user, ["WRITE_PROGRESS"]);
    const readOnly = tokenViewerOf(user, ["READ_PROGRESS"]);
    const write = `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id } }`;
    expect(await execute(write, { id }, writeOnly)).toEqual({ data: { setItemStatus: { id } } });
    expect(errorCodes(await execute(ITEM, { id }, writeOnly))).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(errorCodes(await execute(NOTE, { id, note: "x" }, readOnly))).toEqual(["FORBIDDEN"]);
    expect((await execute(ITEM, { id }, readOnly)).data).toEqual({ item: { status: "DONE", note: null } });
  });
});

describe("spaced review is each learner's own (issue 23): every field and mutation", () => {
  const REVIEW = `query($id: ID!) { item(id: $id) { review { reps due } } }`;
  const QUEUE = `{ viewer { reviewQueue { dueToday overdue reviewedToday remainingToday items { nodes { id } } } reviewSettings { dailyLimit desiredRetention disabledRoadmapIds } } }`;
  const RATE = `mutation($id: ID!) { reviewItem(input: { itemId: $id, rating: EASY }) { review { reps } } }`;
  const UNDO = `mutation($id: ID!) { undoLastReview(input: { itemId: $id }) { review { reps } } }`;
  const SETTINGS = `mutation($input: SetReviewSettingsInput!) { setReviewSettings(input: $input) { dailyLimit disabledRoadmapIds } }`;

  it("B sees none of A's review, cannot rate or undo A's, and B's settings never touch A's", async () => {
    const a = sessionViewerOf(await createUser(testDb()));
    const b = sessionViewerOf(await createUser(testDb()));
    const id = await anItem();
    await execute(SET, { id, status: "DONE" }, a);
    expect((await execute(RATE, { id }, a)).data).toEqual({ reviewItem: { review: { reps: 2 } } });
    await execute(SETTINGS, { input: { dailyLimit: 3 } }, a);

    expect((await execute(REVIEW, { id }, b)).data).toEqual({ item: { review: null } });
    expect((await execute(QUEUE, {}, b)).data).toEqual({
      viewer: {
        reviewQueue: { dueToday: 0, overdue: 0, reviewedToday: 0, remainingToday: 20, items: { nodes: [] } },
        reviewSettings: { dailyLimit: 20, desiredRetention: 0.9, disabledRoadmapIds: [] },
      },
    });
    // B's writes name only the item: they reach B's review (none), never A's.
    expect(errorCodes(await execute(RATE, { id }, b))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await execute(UNDO, { id }, b))).toEqual(["BAD_USER_INPUT"]);
    const roadmapId = (await testDb().item.findUniqueOrThrow({ where: { id }, select: { roadmapId: true } })).roadmapId;
    await execute(SETTINGS, { input: { roadmapId, enabled: false, dailyLimit: 50 } }, b);

    expect((await execute(REVIEW, { id }, a)).data).toEqual({ item: { review: { reps: 2, due: expect.any(String) } } });
    const own = await execute(QUEUE, {}, a);
    expect(own.data!.viewer.reviewSettings).toEqual({ dailyLimit: 3, desiredRetention: 0.9, disabledRoadmapIds: [] });
    expect(own.data!.viewer.reviewQueue.reviewedToday).toBe(1);
  });

  it("the mutations take no user id, and nobody reaches a private roadmap of someone else's", async () => {
    const a = sessionViewerOf(await createUser(testDb()));
    const b = sessionViewerOf(await createUser(testDb()));
    const forged = await execute(
      `mutation { reviewItem(input: { itemId: "x", rating: GOOD, userId: "someone" }) { id } }`,
      {},
      b,
    );
    expect(errorCodes(forged)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const saved = await execute(
      `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { id } } }`,
      { input: { markdown: "# Mine\n\n## S\n\n- [ ] one <!-- key: one -->\n", visibility: "PRIVATE" } },
      a,
    );
    const privateId = saved.data!.saveRoadmap.roadmap.id;
    expect(errorCodes(await execute(SETTINGS, { input: { roadmapId: privateId, enabled: false } }, b))).toEqual([
      "NOT_FOUND",
    ]);
  });

  it("signed out: writes are UNAUTHENTICATED, and there is no viewer to read", async () => {
    const id = await anItem();
    for (const [query, variables] of [
      [RATE, { id }],
      [UNDO, { id }],
      [SETTINGS, { input: { dailyLimit: 5 } }],
    ] as const) {
      expect(errorCodes(await execute(query, variables))).toEqual(["UNAUTHENTICATED"]);
    }
    expect((await execute(REVIEW, { id })).data).toEqual({ item: { review: null } });
    expect((await execute(QUEUE)).data).toEqual({ viewer: null });
  });
});
