import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { saveRoadmapAs, savedRoadmap } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";
import { IMPORT_LIMITS } from "../shared/roadmap-markdown/import-limits";
import { ROADMAP_QUOTAS } from "../shared/roadmap-quotas";

const markdown = (title: string) => `# ${title}\n\n## Part\n\n- [ ] Step one\n`;

async function learner() {
  return sessionViewerOf(await createUser(testDb()));
}

interface Connection {
  edges: { node: { id: string } }[];
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}
// Tests read arbitrary response shapes (as execute's own default does).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Connectable = Record<string, any>;

/** Every page of a connection, following endCursor. */
async function allPages(
  query: string,
  variables: Record<string, unknown>,
  viewer: Awaited<ReturnType<typeof learner>> | null,
  path: (data: Connectable) => Connection,
) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const result = await execute(query, { ...variables, after }, viewer);
    expect(result.errors).toBeUndefined();
    const connection = path(result.data!);
    seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(connection.nodes.map((node: { id: string }) => node.id)).toEqual(
      connection.edges.map((edge: { node: { id: string } }) => edge.node.id),
    );
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!connection.pageInfo.hasNextPage) return seen;
    after = connection.pageInfo.endCursor;
  }
  throw new Error("too many pages");
}

describe("connections", () => {
  it("pages through explore with first and after, newest first, filtered by a title query", async () => {
    const tag = `paged-${Date.now()}`;
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const owner = await learner();
      ids.push(
        (await savedRoadmap(owner, { markdown: markdown(`${tag} ${index}`), visibility: "PUBLIC" })).roadmap!.id,
      );
    }
    const query = `query($first: Int, $after: String, $q: String) { explore(first: $first, after: $after, query: $q) {
      edges { cursor node { id title itemCount owner } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const seen = await allPages(query, { first: 2, q: tag }, null, (data) => data.explore);
    expect(seen).toEqual([...ids].reverse());
  });

  it("pages through the viewer's own roadmaps and tokens", async () => {
    const owner = await learner();
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1)
      ids.push((await savedRoadmap(owner, { markdown: markdown(`Mine ${index}`) })).roadmap!.id);
    const own = `query($first: Int, $after: String) { viewer { ownRoadmaps(first: $first, after: $after) {
      edges { node { id visibility } } nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    expect(await allPages(own, { first: 1 }, owner, (data) => data.viewer.ownRoadmaps)).toEqual([...ids].reverse());
    for (let index = 0; index < 3; index += 1) {
      await execute(
        `mutation($n: String!) { createApiToken(input: { name: $n, scopes: [READ_PROGRESS] }) { token } }`,
        { n: `t${index}` },
        owner,
      );
    }
    const tokens = `query($first: Int, $after: String) { viewer { apiTokensConnection(first: $first, after: $after) {
      edges { node { id name } } nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } apiTokens { id } } }`;
    const paged = await allPages(tokens, { first: 2 }, owner, (data) => data.viewer.apiTokensConnection);
    const listed = (await execute(tokens, { first: 0 }, owner)).data!.viewer.apiTokens.map(
      (token: { id: string }) => token.id,
    );
    expect(paged).toEqual(listed);
  });

  it("refuses first over 100 and cursors that are not from the list, as BAD_USER_INPUT", async () => {
    const query = `query($first: Int, $after: String) { explore(first: $first, after: $after) { nodes { id } } }`;
    expect(errorCodes(await execute(query, { first: 101 }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await execute(query, { first: -1 }))).toEqual(["BAD_USER_INPUT"]);
    for (const after of ["garbage", Buffer.from("[1,2]").toString("base64url"), "x".repeat(500)]) {
      expect(errorCodes(await execute(query, { first: 5, after }))).toEqual(["BAD_USER_INPUT"]);
    }
  });
});

describe("quotas and limits", () => {
  it("refuses a learner's roadmap past the quota, and an oversized or overfull file, as BAD_USER_INPUT", async () => {
    const owner = await learner();
    await testDb().roadmap.createMany({
      data: Array.from({ length: ROADMAP_QUOTAS.roadmapsPerLearner }, (_, index) => ({
        slug: `${owner.login}/filler-${index}`,
        title: `Filler ${index}`,
        ownerId: owner.userId,
      })),
    });
    const full = await saveRoadmapAs(owner, { markdown: markdown("One too many") });
    expect(errorCodes(full)).toEqual(["BAD_USER_INPUT"]);
    expect(full.errors![0]!.message).toContain(`the most a learner may keep (${ROADMAP_QUOTAS.roadmapsPerLearner})`);

    const other = await learner();
    const items = `# Big\n\n## All\n\n${Array.from({ length: IMPORT_LIMITS.items + 1 }, (_, i) => `- [ ] item ${i}`).join("\n")}\n`;
    const tooMany = await saveRoadmapAs(other, { markdown: items, dryRun: true });
    expect(tooMany.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [
        {
          line: 1,
          message: "a roadmap may hold at most 5,000 items (found 5,001)",
          code: "tooManyItems",
          values: { limit: 5000, found: 5001 },
        },
      ],
    });
    const tooBig = await saveRoadmapAs(other, {
      markdown: `# Big\n\n## All\n\n- [ ] ${"x".repeat(IMPORT_LIMITS.fileBytes)}`,
      dryRun: true,
    });
    expect(tooBig.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [{ line: 1, message: "the file is larger than 2,100,000 bytes" }],
    });
  });

  it("limits saves per minute per learner (RATE_LIMITED), previews on a budget of their own", async () => {
    const owner = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: markdown("Rate") });
    const codes: string[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const result = await saveRoadmapAs(owner, { roadmapId: roadmap!.id, markdown: markdown(`Rate ${attempt % 2}`) });
      codes.push(String(errorCodes(result)[0] ?? "OK"));
    }
    // 30 per minute: the first save and 29 more pass, the 31st does not.
    expect(codes.filter((code) => code === "OK")).toHaveLength(29);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    const limited = await saveRoadmapAs(owner, { roadmapId: roadmap!.id, markdown: markdown("Rate") });
    expect(limited.errors![0]!.extensions).toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: expect.any(Number),
    });
    // A preview still works: it counts on its own budget.
    expect(
      (await saveRoadmapAs(owner, { roadmapId: roadmap!.id, markdown: markdown("Rate"), dryRun: true })).errors,
    ).toBeUndefined();
    // Another learner is not affected.
    expect((await saveRoadmapAs(await learner(), { markdown: markdown("Other") })).errors).toBeUndefined();
  });
});
