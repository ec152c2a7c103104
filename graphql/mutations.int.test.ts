import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";
import { authenticateToken } from "../server/services/tokens/authenticate-token";

async function firstItems(count: number) {
  const result = await execute<{ roadmap: { id: string; items: { id: string }[] } }>(
    `{ roadmap(slug: "backend") { id items { id } } }`,
  );
  return {
    roadmapId: result.data!.roadmap.id,
    items: result.data!.roadmap.items.slice(0, count).map((item) => item.id),
  };
}

async function learner() {
  return sessionViewerOf(await createUser(testDb()));
}

describe("setItemStatus", () => {
  it("returns the item with its new status", async () => {
    const viewer = await learner();
    const { items } = await firstItems(1);
    const result = await execute(
      `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: IN_PROGRESS }) { id status } }`,
      { id: items[0] },
      viewer,
    );
    expect(result).toEqual({ data: { setItemStatus: { id: items[0], status: "IN_PROGRESS" } } });
  });

  it("answers BAD_USER_INPUT for an unknown status and NOT_FOUND for an unknown item", async () => {
    const viewer = await learner();
    const bad = await execute(
      `mutation { setItemStatus(input: { itemId: "x", status: FINISHED }) { id } }`,
      {},
      viewer,
    );
    expect(errorCodes(bad)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const missing = await execute(
      `mutation { setItemStatus(input: { itemId: "x", status: DONE }) { id } }`,
      {},
      viewer,
    );
    expect(errorCodes(missing)).toEqual(["NOT_FOUND"]);
    expect(missing.errors![0]!.message).toBe("Item x was not found.");
  });
});

describe("setItemNote", () => {
  it("stores markdown, renders it sanitised, and deletes it when empty", async () => {
    const viewer = await learner();
    const { items } = await firstItems(1);
    const write = (note: string | null) =>
      execute(
        `mutation($id: ID!, $note: String) { setItemNote(input: { itemId: $id, note: $note }) { note noteHtml } }`,
        { id: items[0], note },
        viewer,
      );
    expect((await write("**Bold** <script>alert(1)</script>")).data).toEqual({
      setItemNote: { note: "**Bold** <script>alert(1)</script>", noteHtml: "<p><strong>Bold</strong> alert(1)</p>" },
    });
    expect((await write("   ")).data).toEqual({ setItemNote: { note: null, noteHtml: null } });
    expect(await testDb().note.count({ where: { userId: viewer.userId } })).toBe(0);
  });

  it("refuses notes over 10,000 characters and leaves the stored note as it was", async () => {
    const viewer = await learner();
    const { items } = await firstItems(1);
    await execute(
      `mutation($id: ID!) { setItemNote(input: { itemId: $id, note: "keep me" }) { note } }`,
      { id: items[0] },
      viewer,
    );
    const result = await execute(
      `mutation($id: ID!, $note: String) { setItemNote(input: { itemId: $id, note: $note }) { note } }`,
      { id: items[0], note: "x".repeat(10_001) },
      viewer,
    );
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]!.message).toContain("note: must be at most 10000 characters");
    const stored = await testDb().note.findFirstOrThrow({ where: { userId: viewer.userId } });
    expect(stored.body).toBe("keep me");
  });
});

describe("resetRoadmapProgress and mergeGuestProgress", () => {
  it("reset returns the roadmap with every item back to not started", async () => {
    const viewer = await learner();
    const { roadmapId, items } = await firstItems(2);
    for (const id of items)
      await execute(
        `mutation($id: ID!) { setItemStatus(input: { itemId: $id, status: DONE }) { id } }`,
        { id },
        viewer,
      );
    const result = await execute(
      `mutation($id: ID!) { resetRoadmapProgress(input: { roadmapId: $id }) { progress { done } items { status } } }`,
      { id: roadmapId },
      viewer,
    );
    expect(result.data!.resetRoadmapProgress.progress).toEqual({ done: 0 });
    expect(new Set(result.data!.resetRoadmapProgress.items.map((item: { status: string }) => item.status))).toEqual(
      new Set(["NOT_STARTED"]),
    );
  });

  it("merge reports what it applied", async () => {
    const viewer = await learner();
    const { items } = await firstItems(1);
    const result = await execute(
      `mutation($entries: [GuestProgressEntry!]!) { mergeGuestProgress(input: { entries: $entries }) { merged ignored } }`,
      { entries: [{ itemId: items[0], status: "DONE", updatedAt: new Date().toISOString() }] },
      viewer,
    );
    expect(result.data).toEqual({ mergeGuestProgress: { merged: 1, ignored: 0 } });
  });
});

describe("personal access tokens", () => {
  const CREATE = `mutation($name: String!, $scopes: [TokenScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) { token apiToken { id name scopes prefix createdAt lastUsedAt } }
  }`;

  it("are random, shown once, stored only as a hash, listed without their secret, and revocable", async () => {
    const viewer = await learner();
    const created = await execute(CREATE, { name: "cli", scopes: ["READ_PROGRESS"] }, viewer);
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^wmk_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({
      name: "cli",
      scopes: ["READ_PROGRESS"],
      prefix: token.slice(0, 10),
      lastUsedAt: null,
    });
    const row = await testDb().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const listed = await execute(`{ viewer { apiTokens { id name } } }`, {}, viewer);
    expect(listed.data!.viewer.apiTokens).toEqual([{ id: apiToken.id, name: "cli" }]);

    const tokenViewer = await authenticateToken(token);
    expect(tokenViewer).toMatchObject({ userId: viewer.userId, via: "token", scopes: ["READ_PROGRESS"] });
    const used = await testDb().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(used.lastUsedAt).not.toBeNull();

    const revoked = await execute(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`,
      { id: apiToken.id },
      viewer,
    );
    expect(revoked.data).toEqual({ revokeApiToken: true });
    await expect(authenticateToken(token)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const again = await execute(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) }`,
      { id: apiToken.id },
      viewer,
    );
    expect(again.data).toEqual({ revokeApiToken: false });
  });

  it("need a name and at least one scope", async () => {
    const viewer = await learner();
    const result = await execute(CREATE, { name: " ", scopes: [] }, viewer);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]!.extensions).toMatchObject({
      fields: { name: "is required", scopes: "needs at least one scope" },
    });
  });

  it("cannot be managed with a token, only with a browser session", async () => {
    const user = await createUser(testDb());
    const result = await execute(
      CREATE,
      { name: "escalate", scopes: ["WRITE_PROGRESS"] },
      tokenViewerOf(user, ["READ_PROGRESS", "WRITE_PROGRESS"]),
    );
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
  });

  it("reject malformed and unknown secrets", async () => {
    await expect(authenticateToken("nope")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticateToken(`wmk_${"a".repeat(43)}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("importRoadmap", () => {
  const IMPORT = `mutation($slug: String!, $markdown: String!) {
    importRoadmap(input: { slug: $slug, markdown: $markdown }) { created changed retired roadmap { slug itemCount } }
  }`;

  it("lets an admin create a roadmap from markdown", async () => {
    const admin = sessionViewerOf(await createUser(testDb(), { role: "ADMIN" }));
    const slug = `go-${Date.now()}`;
    const result = await execute(
      IMPORT,
      { slug, markdown: "# Go\n\n## Basics\n\n- [ ] Tour of Go\n- [ ] Modules\n" },
      admin,
    );
    expect(result.data).toEqual({
      importRoadmap: { created: true, changed: 3, retired: 0, roadmap: { slug, itemCount: 2 } },
    });
  });

  it("lists every problem of a bad file and changes nothing", async () => {
    const admin = sessionViewerOf(await createUser(testDb(), { role: "ADMIN" }));
    const result = await execute(
      IMPORT,
      { slug: "backend", markdown: "# Broken\n\n- not a link\n\n## Empty\n" },
      admin,
    );
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]!.extensions!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, message: expect.stringContaining("may only hold links") }),
        expect.objectContaining({ line: 5, message: expect.stringContaining("has no") }),
      ]),
    );
    const backend = await execute(`{ roadmap(slug: "backend") { title itemCount } }`);
    expect(backend.data).toEqual({ roadmap: { title: "Backend Development Roadmap", itemCount: 44 } });
  });

  it("is refused to an admin's token, whatever its scopes", async () => {
    const admin = await createUser(testDb(), { role: "ADMIN" });
    const result = await execute(
      IMPORT,
      { slug: "backend", markdown: "# X\n## Y\n- [ ] z\n" },
      tokenViewerOf(admin, ["READ_PROGRESS", "WRITE_PROGRESS"]),
    );
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    expect(result.errors![0]!.message).toContain("browser session");
  });

  it("is refused to learners and tokens of learners", async () => {
    const user = await createUser(testDb());
    for (const viewer of [sessionViewerOf(user), tokenViewerOf(user, ["WRITE_PROGRESS"]), null]) {
      const result = await execute(IMPORT, { slug: "backend", markdown: "# X\n## Y\n- [ ] z\n" }, viewer);
      expect(errorCodes(result)).toEqual([viewer ? "FORBIDDEN" : "UNAUTHENTICATED"]);
    }
  });
});
