import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { createApiToken } from "@/e2e/support/api-tokens";
import { testDb } from "@/e2e/support/test-db";
import { logger } from "@/server/platform/logger";
import { POST } from "./route";

/**
 * Client mistakes over HTTP, through the guards and the Next integration: a
 * 4xx with a client code, never a 500, nothing in the error log. (A bearer
 * token stands in for the session, which needs Next's request scope.)
 */
let authorization: string;
let errorLog: MockInstance;
beforeAll(async () => {
  authorization = `Bearer ${(await createApiToken(testDb(), ["READ_PROGRESS", "WRITE_PROGRESS"])).token}`;
});
beforeEach(() => {
  errorLog = vi.spyOn(logger, "error");
});
afterEach(() => {
  const logged = errorLog.mock.calls.map((call) => call.at(-1));
  errorLog.mockRestore();
  expect(logged).toEqual([]);
});

async function post(body: Record<string, unknown>) {
  const response = await POST(
    new NextRequest("http://localhost/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify(body),
    }),
  );
  const { errors } = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: [...new Set(errors?.map((error) => error.extensions?.code))] };
}

const query = `{ roadmaps { slug } }`;
const sha256 = createHash("sha256").update(query).digest("hex");
const typenames = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(" ");
const badEntries = Array.from({ length: 60 }, () => ({ itemId: 1, status: "FINISHED", updatedAt: 2 }));

const CASES = [
  {
    mistake: "a NUL in a variable",
    body: { query: `query($id: ID!) { item(id: $id) { id } }`, variables: { id: "a\0" } },
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    mistake: "a NUL in a literal",
    body: { query: `{ roadmap(slug: "a\\u0000") { id } }` },
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    mistake: "an unpaired surrogate",
    body: { query: `query($s: String!) { roadmap(slug: $s) { id } }`, variables: { s: "\uD800" } },
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    mistake: "a subscription",
    body: { query: `subscription { roadmaps { slug } }` },
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    mistake: "a persisted query with a wrong hash",
    body: { query: `${query} `, extensions: { persistedQuery: { version: 1, sha256Hash: sha256 } } },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    mistake: "persisted-query version 2",
    body: { query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256 } } },
    status: 400,
    code: "PERSISTED_QUERY_NOT_SUPPORTED",
  },
  {
    mistake: "an unknown persisted query",
    body: { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
    status: 200,
    code: "PERSISTED_QUERY_NOT_FOUND",
  },
  {
    mistake: "over 50 invalid variable values",
    body: {
      query: `mutation($input: MergeGuestProgressInput!) { mergeGuestProgress(input: $input) { merged } }`,
      variables: { input: { entries: badEntries } },
    },
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    mistake: "16 aliased __typename",
    body: { query: `{ ${typenames} }` },
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
];

describe("POST /api/graphql answers client mistakes with a client error", () => {
  it.each(CASES)("$mistake: $status $code", async ({ body, status, code }) => {
    expect(await post(body)).toEqual({ status, codes: [code] });
  });
});
