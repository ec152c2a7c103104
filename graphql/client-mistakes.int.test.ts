import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { executeRequest, type OperationResult } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";
import { logger } from "@/server/platform/logger";
import type { Viewer } from "@/server/services/viewer";

/**
 * Client mistakes get a client error code and an HTTP status, never
 * INTERNAL_SERVER_ERROR, and leave nothing in the error log (which is for
 * server faults).
 */
let errorLog: MockInstance;
beforeEach(() => {
  errorLog = vi.spyOn(logger, "error");
});
afterEach(() => {
  const logged = errorLog.mock.calls.map((call) => call.at(-1));
  errorLog.mockRestore();
  expect(logged).toEqual([]);
});

function expectOnly(answer: { status: number; result: OperationResult }, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.result.errors?.length).toBeGreaterThan(0);
  for (const error of answer.result.errors ?? []) expect(error.extensions?.code).toBe(code);
}

async function learnerAndItem(): Promise<{ viewer: Viewer; itemId: string }> {
  const viewer = sessionViewerOf(await createUser(testDb()));
  const item = await testDb().item.findFirstOrThrow({ where: { roadmap: { slug: "backend" } } });
  return { viewer, itemId: item.id };
}

const SET_NOTE = `mutation($input: SetItemNoteInput!) { setItemNote(input: $input) { note } }`;

describe("text that cannot be stored", () => {
  it("a NUL in a variable id is BAD_USER_INPUT (400)", async () => {
    const answer = await executeRequest({
      query: `query($id: ID!) { item(id: $id) { id } }`,
      variables: { id: "a\0b" },
    });
    expectOnly(answer, 400, "BAD_USER_INPUT");
    expect(answer.result.errors![0]!.message).toBe("Text may not contain NUL characters (variable `$id`).");
  });

  it("a NUL in a literal argument is BAD_USER_INPUT (400)", async () => {
    const answer = await executeRequest({ query: `{ roadmap(slug: "back\\u0000end") { id } }` });
    expectOnly(answer, 400, "BAD_USER_INPUT");
    expect(answer.result.errors![0]!.message).toBe("Text may not contain NUL characters (argument `slug`).");
  });

  it("a NUL deep in an input object, or in a list entry, names the path", async () => {
    const { viewer, itemId } = await learnerAndItem();
    const note = await executeRequest({ query: SET_NOTE, variables: { input: { itemId, note: "x\0y" } } }, viewer);
    expectOnly(note, 400, "BAD_USER_INPUT");
    expect(note.result.errors![0]!.message).toBe("Text may not contain NUL characters (variable `$input.note`).");

    const entries = [{ itemId, status: "DONE", updatedAt: "2026-01-01T00:00:00Z\0" }];
    const merge = await executeRequest(
      {
        query: `mutation($entries: [GuestProgressEntry!]!) { mergeGuestProgress(input: { entries: $entries }) { merged } }`,
        variables: { entries },
      },
      viewer,
    );
    expectOnly(merge, 400, "BAD_USER_INPUT");
    expect(merge.result.errors![0]!.message).toMatch(/\(variable `\$entries\[0\]\.updatedAt`\)\.$/);
  });

  it("an unpaired surrogate is BAD_USER_INPUT, and nothing is stored", async () => {
    const { viewer, itemId } = await learnerAndItem();
    const answer = await executeRequest(
      { query: SET_NOTE, variables: { input: { itemId, note: "x\uD800y" } } },
      viewer,
    );
    expectOnly(answer, 400, "BAD_USER_INPUT");
    expect(answer.result.errors![0]!.message).toBe(
      "Text must be valid Unicode, without unpaired surrogates such as \\uD800 (variable `$input.note`).",
    );
    expect(await testDb().note.count({ where: { userId: viewer.userId } })).toBe(0);
  });

  it("paired surrogates (an emoji) are ordinary text", async () => {
    const { viewer, itemId } = await learnerAndItem();
    const answer = await executeRequest({ query: SET_NOTE, variables: { input: { itemId, note: "done 🎉" } } }, viewer);
    expect(answer.result).toEqual({ data: { setItemNote: { note: "done 🎉" } } });
  });
});

describe("operations and requests the API does not serve", () => {
  it("a subscription is GRAPHQL_VALIDATION_FAILED (400) saying there are none", async () => {
    const answer = await executeRequest({ query: `subscription { roadmap(slug: "backend") { slug } }` });
    expectOnly(answer, 400, "GRAPHQL_VALIDATION_FAILED");
    expect(answer.result.errors![0]!.message).toBe("This API has no subscriptions; use queries and mutations.");
  });

  // Other test files import roadmaps into the same database: ask for one that stays put.
  const query = `{ roadmap(slug: "backend") { slug } }`;
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

  it("a persisted query whose hash does not match its text is BAD_REQUEST (400)", async () => {
    const answer = await executeRequest({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`${query} `) } },
    });
    expectOnly(answer, 400, "BAD_REQUEST");
    expect(answer.result.errors![0]!.message).toBe(
      "The persisted query's sha256Hash is not the SHA-256 hash of its query text.",
    );
  });

  it("an unsupported persisted-query version is PERSISTED_QUERY_NOT_SUPPORTED (400)", async () => {
    const answer = await executeRequest({
      query,
      extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } },
    });
    expectOnly(answer, 400, "PERSISTED_QUERY_NOT_SUPPORTED");
    expect(answer.result.errors![0]!.message).toBe(
      "Unsupported persisted query version: this server supports version 1 only.",
    );
  });

  it("persisted queries themselves still work: unknown hash, then registration, then hash alone", async () => {
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    expectOnly(await executeRequest({ extensions: { persistedQuery } }), 200, "PERSISTED_QUERY_NOT_FOUND");
    const registered = await executeRequest({ query, extensions: { persistedQuery } });
    expect(registered.result).toEqual({ data: { roadmap: { slug: "backend" } } });
    const byHash = await executeRequest({ extensions: { persistedQuery } });
    expect(byHash.result).toEqual({ data: { roadmap: { slug: "backend" } } });
  });

  it("more than 50 invalid variable values are all BAD_USER_INPUT (400)", async () => {
    const entries = Array.from({ length: 60 }, () => ({ itemId: 1, status: "FINISHED", updatedAt: 2 }));
    const { viewer } = await learnerAndItem();
    const answer = await executeRequest(
      {
        query: `mutation($input: MergeGuestProgressInput!) { mergeGuestProgress(input: $input) { merged } }`,
        variables: { input: { entries } },
      },
      viewer,
    );
    expectOnly(answer, 400, "BAD_USER_INPUT");
    expect(answer.result.errors).toHaveLength(51);
    expect(answer.result.errors!.at(-1)!.message).toBe(
      "Too many invalid variable values (the first 50 are listed); execution aborted.",
    );
  });
});
