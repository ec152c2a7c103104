import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { itemIdsByKey, saveRoadmapAs, savedRoadmap, SET_NOTE, SET_STATUS } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";

const V1 = `# Learn Go

A plan of my own.

## Basics

- [ ] Install Go <!-- key: install -->
- [ ] Tour of Go [tour](https://go.dev/tour/)
  - [ ] Variables
  - [ ] Functions
- [ ] Effective Go

## Concurrency

- [ ] Goroutines
- [ ] Channels
`;

/** V1 edited: a pinned item renamed, one moved to another section, one retired, one added, two swapped. */
const V2 = `# Learn Go

A plan of my own.

## Basics

- [ ] Install the Go toolchain <!-- key: install -->
- [ ] Tour of Go [tour](https://go.dev/tour/)
  - [ ] Functions
  - [ ] Variables
- [ ] Modules

## Concurrency

- [ ] Goroutines
- [ ] Channels
- [ ] Effective Go
`;

async function learner() {
  return sessionViewerOf(await createUser(testDb()));
}

describe("a learner's own roadmap", () => {
  it("is created PRIVATE under the owner's login, from markdown", async () => {
    const owner = await learner();
    const saved = await savedRoadmap(owner, { markdown: V1 });
    expect(saved).toMatchObject({
      created: true,
      dryRun: false,
      added: 7,
      roadmap: {
        slug: `${owner.login}/learn-go`,
        path: `/roadmaps/${owner.login}/learn-go`,
        visibility: "PRIVATE",
        owner: owner.login,
        itemCount: 7,
      },
    });
    // A second roadmap with the same title gets the next free name; a chosen name that is taken is refused.
    expect((await savedRoadmap(owner, { markdown: V1 })).roadmap!.slug).toBe(`${owner.login}/learn-go-2`);
    const taken = await saveRoadmapAs(owner, { markdown: V1, slug: "learn-go" });
    expect(errorCodes(taken)).toEqual(["BAD_USER_INPUT"]);
    expect(taken.errors![0]!.extensions!.fields).toEqual({ slug: "you already have a roadmap called learn-go" });
  });

  it("previews a save with dryRun (added, moved, renamed, retired, learners touched) and writes nothing", async () => {
    const owner = await learner();
    const other = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: V1, visibility: "PUBLIC" });
    const ids = await itemIdsByKey(owner, roadmap!.slug);
    await execute(SET_STATUS, { id: ids.get("install"), status: "DONE" }, owner);
    await execute(SET_STATUS, { id: ids.get("install"), status: "IN_PROGRESS" }, other);
    await execute(SET_NOTE, { id: ids.get("effective-go"), note: "read it twice" }, other);

    const preview = await savedRoadmap(owner, { roadmapId: roadmap!.id, markdown: V2, dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, added: 1, renamed: 1, retired: 0, learnersAffected: 2 });
    const changes = preview.changes.map(({ kind, key, learners }) => `${kind} ${key} ${learners}`).sort();
    expect(changes).toHaveLength(4);
    expect(changes).toEqual(expect.arrayContaining(["ADDED modules 0", "MOVED effective-go 1", "RENAMED install 2"]));
    // Functions and Variables swapped: one of them is out of order, not both.
    expect(changes.filter((change) => /^MOVED (functions|variables) 0$/.test(change))).toHaveLength(1);
    expect(preview.changes.find((change) => change.kind === "RENAMED")).toMatchObject({
      title: "Install the Go toolchain",
      previousTitle: "Install Go",
      line: 7,
    });
    const stored = await execute(
      `query($slug: String!) { roadmap(slug: $slug) { itemCount items { title } } }`,
      { slug: roadmap!.slug },
      owner,
    );
    expect(stored.data!.roadmap.items.map((item: { title: string }) => item.title)).toContain("Install Go");

    // The new version of a new roadmap: a dry run without roadmapId adds everything and creates nothing.
    const fresh = await savedRoadmap(owner, { markdown: V1, dryRun: true });
    expect(fresh).toMatchObject({ roadmap: null, created: false, added: 7, learnersAffected: 0 });
  });

  it("keeps every learner's progress and notes on items whose key survived, across several versions", async () => {
    const owner = await learner();
    const follower = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: V1, visibility: "UNLISTED" });
    const before = await itemIdsByKey(owner, roadmap!.slug);
    await execute(SET_STATUS, { id: before.get("install"), status: "DONE" }, owner);
    await execute(SET_STATUS, { id: before.get("variables"), status: "SKIPPED" }, owner);
    await execute(SET_STATUS, { id: before.get("effective-go"), status: "IN_PROGRESS" }, follower);
    await execute(SET_NOTE, { id: before.get("goroutines"), note: "use errgroup" }, follower);

    const v2 = await savedRoadmap(owner, { roadmapId: roadmap!.id, markdown: V2 });
    expect(v2).toMatchObject({ created: false, added: 1, renamed: 1, learnersAffected: 2 });
    // V3 drops Channels and renames nothing else; V4 brings Channels back.
    const v3 = await savedRoadmap(owner, { roadmapId: roadmap!.id, markdown: V2.replace("- [ ] Channels\n", "") });
    expect(v3).toMatchObject({ retired: 1, added: 0 });
    await savedRoadmap(owner, { roadmapId: roadmap!.id, markdown: V2 });

    const after = await itemIdsByKey(owner, roadmap!.slug);
    for (const key of ["install", "variables", "effective-go", "goroutines", "channels"]) {
      expect(after.get(key), key).toBe(before.get(key));
    }
    const read = `query($slug: String!) { roadmap(slug: $slug) { progress { done skipped inProgress }
      items { key title status note } } }`;
    const mine = await execute(read, { slug: roadmap!.slug }, owner);
    expect(mine.data!.roadmap.progress).toEqual({ done: 1, skipped: 1, inProgress: 0 });
    expect(mine.data!.roadmap.items.find((item: { key: string }) => item.key === "install")).toMatchObject({
      title: "Install the Go toolchain",
      status: "DONE",
    });
    const theirs = await execute(read, { slug: roadmap!.slug }, follower);
    const byKey = new Map(theirs.data!.roadmap.items.map((item: { key: string }) => [item.key, item]));
    expect(byKey.get("effective-go")).toMatchObject({ status: "IN_PROGRESS" });
    expect(byKey.get("goroutines")).toMatchObject({ note: "use errgroup" });
  });

  it("refuses a file with problems as a whole: BAD_USER_INPUT with each problem's line in extensions", async () => {
    const owner = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: V1 });
    const broken = V2.replace("- [ ] Modules", "-[ ] Modules").replace("## Concurrency", "## Concurrency\n\n- plain");
    const result = await saveRoadmapAs(owner, { roadmapId: roadmap!.id, markdown: broken });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]!.extensions!.problems).toEqual([
      {
        line: 11,
        message: "write a space between the list marker and the checkbox: `- [ ] text`",
        code: "gluedCheckbox",
        values: {},
      },
      { line: 15, message: "not a checklist item: write it as `- [ ] text`", code: "notChecklistItem", values: {} },
    ]);
    expect(result.errors![0]!.message).toContain("line 11: write a space");
    const stored = await execute(
      `query($slug: String!) { roadmap(slug: $slug) { itemCount } }`,
      { slug: roadmap!.slug },
      owner,
    );
    expect(stored.data!.roadmap.itemCount).toBe(7);
  });

  it("changes its address with slug, and refuses names the pages use", async () => {
    const owner = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: V1, slug: "go" });
    const renamed = await savedRoadmap(owner, { roadmapId: roadmap!.id, markdown: V1, slug: "golang" });
    expect(renamed.roadmap!.slug).toBe(`${owner.login}/golang`);
    expect(errorCodes(await saveRoadmapAs(owner, { markdown: V1, slug: "edit" }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await saveRoadmapAs(owner, { markdown: V1, slug: "Not A Name" }))).toEqual(["BAD_USER_INPUT"]);
  });
});
