import { describe, expect, it } from "vitest";
import { forkOrigin } from "../server/services/roadmaps/forks/fork-origin";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { execute } from "../e2e/support/graphql-operations";
import { savedRoadmap } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";

const MARKDOWN = "# Shared plan\n\n## Start\n\n- [ ] First step\n";
const FORK = `mutation($id: ID!) { forkRoadmap(input: { roadmapId: $id }) { id slug isFork forkedFrom { id } } }`;
const READ = `query($s: String!) { roadmap(slug: $s) { isFork forkedFrom { id } } }`;

async function learner() {
  return sessionViewerOf(await createUser(testDb()));
}

describe("where a fork comes from", () => {
  it("is told while the viewer may see the original, then only that it is hidden, then that it is gone", async () => {
    const owner = await learner();
    const forker = await learner();
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
    const fork = (await execute(FORK, { id: roadmap!.id }, forker)).data!.forkRoadmap;
    expect(fork).toMatchObject({ isFork: true, forkedFrom: { id: roadmap!.id } });
    const summary = { isFork: true, forkedFromId: roadmap!.id };
    expect(await forkOrigin(forker, summary)).toEqual({
      kind: "visible",
      title: "Shared plan",
      ownerLogin: owner.login,
      path: `/roadmaps/${roadmap!.slug}`,
    });
    // The original itself is no fork.
    expect((await execute(READ, { s: roadmap!.slug }, owner)).data).toEqual({
      roadmap: { isFork: false, forkedFrom: null },
    });
    expect(await forkOrigin(owner, { isFork: false, forkedFromId: null })).toBeNull();

    await testDb().roadmap.update({ where: { id: roadmap!.id }, data: { visibility: "PRIVATE" } });
    expect(await forkOrigin(forker, summary)).toEqual({ kind: "hidden" });
    expect((await forkOrigin(owner, summary))?.kind).toBe("visible");
    expect((await execute(READ, { s: fork.slug }, forker)).data).toEqual({
      roadmap: { isFork: true, forkedFrom: null },
    });

    await execute(`mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`, { id: roadmap!.id }, owner);
    expect((await execute(READ, { s: fork.slug }, forker)).data).toEqual({
      roadmap: { isFork: true, forkedFrom: null },
    });
    expect(await forkOrigin(forker, { isFork: true, forkedFromId: null })).toEqual({ kind: "deleted" });
  });
});
