import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { itemIdsByKey, savedRoadmap, SET_NOTE, SET_STATUS } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";
import { syncGithubProfile } from "../server/services/users/sync-github-profile";

const SECRET_TITLE = "Private plan";
const MARKDOWN = `# ${SECRET_TITLE}\n\n## Only mine\n\n- [ ] Secret item <!-- key: secret -->\n  - official: [Docs](https://example.com/docs)\n`;

async function learner(role: "LEARNER" | "ADMIN" = "LEARNER") {
  return sessionViewerOf(await createUser(testDb(), { role }));
}

/** Every path by which a roadmap, its items or its resources could reach someone. */
async function everyPath(
  viewer: Parameters<typeof execute>[2],
  ids: { roadmapId: string; slug: string; itemId: string; sectionId: string; resourceId: string },
) {
  const read = await execute(
    `query($slug: String!, $item: ID!, $roadmap: ID!, $section: ID!, $resource: ID!, $q: String) {
      roadmap(slug: $slug) { id title }
      item(id: $item) { id title }
      roadmapNode: node(id: $roadmap) { id }
      sectionNode: node(id: $section) { id }
      itemNode: node(id: $item) { id }
      resourceNode: node(id: $resource) { id }
      roadmaps { id }
      explore(first: 100, query: $q) { nodes { id } }
    }`,
    {
      slug: ids.slug,
      item: ids.itemId,
      roadmap: ids.roadmapId,
      section: ids.sectionId,
      resource: ids.resourceId,
      q: "Private",
    },
    viewer,
  );
  const writes = await Promise.all([
    execute(SET_STATUS, { id: ids.itemId, status: "DONE" }, viewer),
    execute(SET_NOTE, { id: ids.itemId, note: "mine now" }, viewer),
    execute(
      `mutation($id: ID!) { resetRoadmapProgress(input: { roadmapId: $id }) { id } }`,
      { id: ids.roadmapId },
      viewer,
    ),
    execute(`mutation($id: ID!) { forkRoadmap(input: { roadmapId: $id }) { id } }`, { id: ids.roadmapId }, viewer),
    execute(`mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`, { id: ids.roadmapId }, viewer),
    execute(
      `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PUBLIC }) { id } }`,
      { id: ids.roadmapId },
      viewer,
    ),
    execute(
      `mutation($id: ID!, $md: String!) { saveRoadmap(input: { roadmapId: $id, markdown: $md, dryRun: true }) { added } }`,
      { id: ids.roadmapId, md: MARKDOWN },
      viewer,
    ),
  ]);
  return { read, writes };
}

async function privateRoadmap() {
  const owner = await learner();
  const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN });
  const nodes = await execute(
    `query($slug: String!) { roadmap(slug: $slug) { id sections { id } items { id resources { id } } } }`,
    { slug: roadmap!.slug },
    owner,
  );
  const tree = nodes.data!.roadmap;
  return {
    owner,
    ids: {
      roadmapId: roadmap!.id,
      slug: roadmap!.slug,
      itemId: tree.items[0].id as string,
      sectionId: tree.sections[0].id as string,
      resourceId: tree.items[0].resources[0].id as string,
    },
  };
}

describe("a private roadmap is invisible to everyone but its owner", () => {
  it("through roadmap, item, node, roadmaps, explore and every mutation, as not found, never forbidden", async () => {
    const { owner, ids } = await privateRoadmap();
    const admin = await learner("ADMIN");
    const stranger = await learner();
    const strangerToken = tokenViewerOf(await createUser(testDb()), [
      "READ_PROGRESS",
      "WRITE_PROGRESS",
      "WRITE_ROADMAPS",
    ]);
    for (const viewer of [stranger, strangerToken, admin, null]) {
      const { read, writes } = await everyPath(viewer, ids);
      expect(read.errors).toBeUndefined();
      expect(read.data).toMatchObject({
        roadmap: null,
        item: null,
        roadmapNode: null,
        sectionNode: null,
        itemNode: null,
        resourceNode: null,
      });
      expect(JSON.stringify(read.data)).not.toContain(ids.roadmapId);
      for (const write of writes) {
        expect(errorCodes(write)[0]).toMatch(viewer ? /^NOT_FOUND$/ : /^(UNAUTHENTICATED)$/);
        expect(JSON.stringify(write)).not.toContain(SECRET_TITLE);
        expect(JSON.stringify(write).toLowerCase()).not.toContain("forbidden");
      }
    }
    // The owner sees it everywhere except the lists of public roadmaps.
    const { read } = await everyPath(owner, ids);
    expect(read.data).toMatchObject({
      roadmap: { id: ids.roadmapId, title: SECRET_TITLE },
      item: { id: ids.itemId },
      roadmapNode: { id: ids.roadmapId },
      sectionNode: { id: ids.sectionId },
      itemNode: { id: ids.itemId },
      resourceNode: { id: ids.resourceId },
    });
    expect(JSON.stringify(read.data!.roadmaps)).not.toContain(ids.roadmapId);
    expect(JSON.stringify(read.data!.explore)).not.toContain(ids.roadmapId);
  });

  it("drops out of a follower's dashboard lists when its owner makes it private again", async () => {
    const owner = await learner();
    const follower = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
    const ids = await itemIdsByKey(follower, roadmap!.slug);
    await execute(SET_STATUS, { id: ids.get("secret"), status: "IN_PROGRESS" }, follower);
    const lists = `{ viewer { followedRoadmaps { id } inProgressItems { id } } }`;
    expect((await execute(lists, {}, follower)).data!.viewer.followedRoadmaps).toHaveLength(1);
    await execute(
      `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PRIVATE }) { visibility } }`,
      { id: roadmap!.id },
      owner,
    );
    expect((await execute(lists, {}, follower)).data!.viewer).toEqual({ followedRoadmaps: [], inProgressItems: [] });
  });

  it("is listed on explore only when PUBLIC; UNLISTED is reachable by its address but never listed", async () => {
    const owner = await learner();
    const title = `Explore me ${Date.now()}`;
    const { roadmap } = await savedRoadmap(owner, {
      markdown: MARKDOWN.replace(SECRET_TITLE, title),
      visibility: "UNLISTED",
    });
    const explore = `query($q: String) { explore(query: $q) { nodes { id } } }`;
    expect((await execute(explore, { q: title })).data!.explore.nodes).toEqual([]);
    expect(
      (await execute(`query($s: String!) { roadmap(slug: $s) { id } }`, { s: roadmap!.slug })).data!.roadmap,
    ).toEqual({
      id: roadmap!.id,
    });
    await execute(
      `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PUBLIC }) { id } }`,
      { id: roadmap!.id },
      owner,
    );
    expect((await execute(explore, { q: title.toUpperCase() })).data!.explore.nodes).toEqual([{ id: roadmap!.id }]);
  });
});

describe("only the owner changes a roadmap; admins keep built-in roadmaps and may unlist", () => {
  it("refuses edits, visibility changes and deletion of a public roadmap to others (FORBIDDEN: they can see it)", async () => {
    const owner = await learner();
    const other = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
    const id = roadmap!.id;
    const attempts = await Promise.all([
      execute(
        `mutation($id: ID!, $md: String!) { saveRoadmap(input: { roadmapId: $id, markdown: $md }) { added } }`,
        { id, md: MARKDOWN },
        other,
      ),
      execute(`mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`, { id }, other),
      execute(
        `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PRIVATE }) { id } }`,
        { id },
        other,
      ),
    ]);
    expect(attempts.map((attempt) => errorCodes(attempt)[0])).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
  });

  it("lets an admin unlist a learner's public roadmap, and nothing more", async () => {
    const owner = await learner();
    const admin = await learner("ADMIN");
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
    const set = (visibility: string, viewer = admin) =>
      execute(
        `mutation($id: ID!, $v: RoadmapVisibility!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: $v }) { visibility } }`,
        { id: roadmap!.id, v: visibility },
        viewer,
      );
    expect(errorCodes(await set("PRIVATE"))).toEqual(["FORBIDDEN"]);
    expect((await set("UNLISTED")).data).toEqual({ setRoadmapVisibility: { visibility: "UNLISTED" } });
    expect(errorCodes(await set("PUBLIC"))).toEqual(["FORBIDDEN"]);
    const edit = await execute(
      `mutation($id: ID!, $md: String!) { saveRoadmap(input: { roadmapId: $id, markdown: $md, dryRun: true }) { added } }`,
      { id: roadmap!.id, md: MARKDOWN },
      admin,
    );
    expect(errorCodes(edit)).toEqual(["FORBIDDEN"]);
  });

  it("lets an admin (in a session) preview and save a built-in roadmap, but not a learner or a token", async () => {
    const admin = await learner("ADMIN");
    const { roadmap } = (await execute(`{ roadmap(slug: "backend") { id markdown viewerCanEdit } }`, {}, admin)).data!;
    expect(roadmap.viewerCanEdit).toBe(true);
    const preview = await execute(
      `mutation($id: ID!, $md: String!) { saveRoadmap(input: { roadmapId: $id, markdown: $md, dryRun: true }) { added moved renamed retired } }`,
      { id: roadmap.id, md: roadmap.markdown },
      admin,
    );
    expect(preview.data).toEqual({ saveRoadmap: { added: 0, moved: 0, renamed: 0, retired: 0 } });
    const adminToken = tokenViewerOf(await createUser(testDb(), { role: "ADMIN" }), ["WRITE_ROADMAPS"]);
    for (const viewer of [await learner(), adminToken]) {
      const refused = await execute(
        `mutation($id: ID!, $md: String!) { saveRoadmap(input: { roadmapId: $id, markdown: $md, dryRun: true }) { added } }`,
        { id: roadmap.id, md: roadmap.markdown },
        viewer,
      );
      expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    }
    expect(
      errorCodes(
        await execute(`mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`, { id: roadmap.id }, admin),
      ),
    ).toEqual(["FORBIDDEN"]);
  });

  it("needs the WRITE_ROADMAPS scope from a token", async () => {
    const user = await createUser(testDb());
    const result = await execute(
      `mutation($md: String!) { saveRoadmap(input: { markdown: $md }) { added } }`,
      { md: MARKDOWN },
      tokenViewerOf(user, ["READ_PROGRESS", "WRITE_PROGRESS"]),
    );
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
    const allowed = await execute(
      `mutation($md: String!) { saveRoadmap(input: { markdown: $md }) { added } }`,
      { md: MARKDOWN },
      tokenViewerOf(user, ["WRITE_ROADMAPS"]),
    );
    expect(allowed.data).toEqual({ saveRoadmap: { added: 1 } });
  });
});

describe("fork and delete", () => {
  it("forks a public roadmap into a private copy linked back to it, empty or with the learner's statuses", async () => {
    const owner = await learner();
    const forker = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
    const ids = await itemIdsByKey(forker, roadmap!.slug);
    await execute(SET_STATUS, { id: ids.get("secret"), status: "DONE" }, forker);
    const fork = `mutation($id: ID!, $copy: Boolean) { forkRoadmap(input: { roadmapId: $id, copyProgress: $copy }) {
      id slug visibility owner forkedFrom { id } markdown progress { done } items { key status } } }`;
    const empty = (await execute(fork, { id: roadmap!.id, copy: false }, forker)).data!.forkRoadmap;
    expect(empty).toMatchObject({
      slug: `${forker.login}/private-plan`,
      visibility: "PRIVATE",
      owner: forker.login,
      forkedFrom: { id: roadmap!.id },
      markdown: MARKDOWN,
      progress: { done: 0 },
      items: [{ key: "secret", status: "NOT_STARTED" }],
    });
    const copied = (await execute(fork, { id: roadmap!.id, copy: true }, forker)).data!.forkRoadmap;
    expect(copied).toMatchObject({ slug: `${forker.login}/private-plan-2`, progress: { done: 1 } });

    // The original's owner goes private: the fork stays, and no longer shows where it came from.
    await execute(
      `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PRIVATE }) { id } }`,
      { id: roadmap!.id },
      owner,
    );
    const after = await execute(
      `query($s: String!) { roadmap(slug: $s) { forkedFrom { id } } }`,
      { s: copied.slug },
      forker,
    );
    expect(after.data).toEqual({ roadmap: { forkedFrom: null } });
  });

  it("deletes the roadmap with every learner's progress and notes on it; forks stay", async () => {
    const owner = await learner();
    const follower = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
    const itemId = (await itemIdsByKey(follower, roadmap!.slug)).get("secret")!;
    await execute(SET_STATUS, { id: itemId, status: "DONE" }, follower);
    await execute(SET_NOTE, { id: itemId, note: "gone soon" }, follower);
    const fork = (
      await execute(
        `mutation($id: ID!) { forkRoadmap(input: { roadmapId: $id }) { id } }`,
        { id: roadmap!.id },
        follower,
      )
    ).data!.forkRoadmap;
    expect(
      (await execute(`mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`, { id: roadmap!.id }, owner))
        .data,
    ).toEqual({
      deleteRoadmap: true,
    });
    const client = testDb();
    expect(await client.progress.count({ where: { itemId } })).toBe(0);
    expect(await client.note.count({ where: { itemId } })).toBe(0);
    expect(await client.roadmap.findUnique({ where: { id: fork.id }, select: { forkedFromId: true } })).toEqual({
      forkedFromId: null,
    });
  });
});

describe("deleting races", () => {
  it("gives a follower's writes racing the roadmap's deletion an answer or NOT_FOUND, never a server error", async () => {
    const owner = await learner();
    const follower = await learner();
    const many = `# Race\n\n## All\n\n${Array.from({ length: 40 }, (_, i) => `- [ ] step ${i}`).join("\n")}\n`;
    const { roadmap } = await savedRoadmap(owner, { markdown: many, visibility: "PUBLIC" });
    const ids = [...(await itemIdsByKey(follower, roadmap!.slug)).values()];
    const writes = ids.flatMap((id) => [
      execute(SET_STATUS, { id, status: "DONE" }, follower),
      execute(SET_NOTE, { id, note: "racing" }, follower),
    ]);
    const deletion = execute(
      `mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`,
      { id: roadmap!.id },
      owner,
    );
    const answers = await Promise.all([...writes, deletion]);
    for (const answer of answers) expect(errorCodes(answer).filter((code) => code !== "NOT_FOUND")).toEqual([]);
  });
});

describe("addresses follow the owner's login", () => {
  it("moves a learner's roadmaps when their GitHub login changes, and off a login someone else takes", async () => {
    const owner = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, slug: "plan" });
    const renamed = `${owner.login}-renamed`;
    await syncGithubProfile(owner.userId, { login: renamed, name: null, avatarUrl: null });
    const slugOf = async () => (await testDb().roadmap.findUniqueOrThrow({ where: { id: roadmap!.id } })).slug;
    expect(await slugOf()).toBe(`${renamed}/plan`);
    const newcomer = await createUser(testDb());
    await syncGithubProfile(newcomer.id, { login: renamed, name: null, avatarUrl: null });
    expect(await slugOf()).toBe(`~${owner.userId}/plan`);
  });
});
