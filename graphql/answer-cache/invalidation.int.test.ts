import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { execute } from "@/e2e/support/graphql-operations";
import { answerCacheCount, postToRoute, sessionCaller, type RouteCaller } from "@/e2e/support/graphql-route-caller";
import { savedRoadmap } from "@/e2e/support/own-roadmaps";
import { testDb } from "@/e2e/support/test-db";

/*
 * Issue 21, point 4: a cached answer depends on the roadmaps it read, not on
 * the whole site. A save, visibility change, fork or deletion of one roadmap
 * invalidates the answers that read it (the next request sees the change) and
 * no other (their next request is still a hit).
 */

const ROADMAP = `query Read($slug: String!) { roadmap(slug: $slug) { id title itemCount items { id title status } } }`;
const LIST = `query List { roadmaps { slug title itemCount } }`;
const VISIBILITY = `mutation($id: ID!, $visibility: RoadmapVisibility!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: $visibility }) { id } }`;
const FORK = `mutation($id: ID!) { forkRoadmap(input: { roadmapId: $id }) { id slug } }`;
const DELETE = `mutation($id: ID!) { deleteRoadmap(input: { roadmapId: $id }) }`;

const markdown = (title: string, items: string[]) =>
  `# ${title}\n\n## Only\n\n${items.map((item) => `- [ ] ${item}`).join("\n")}\n`;

/** Whether the request was answered from the cache: the hit counter moved by one. */
async function served(caller: RouteCaller | null, query: string, variables: Record<string, unknown> = {}) {
  const kind = caller ? "signed_in" : "signed_out";
  const hits = await answerCacheCount(kind, "hit");
  const answer = await postToRoute(caller, query, variables);
  expect(answer.status).toBe(200);
  return { ...answer, hit: (await answerCacheCount(kind, "hit")) === hits + 1 };
}

async function twoRoadmaps() {
  const owner = await sessionCaller();
  const name = () => `inv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const a = await savedRoadmap(owner.viewer, { slug: name(), markdown: markdown("A", ["One"]), visibility: "PUBLIC" });
  const b = await savedRoadmap(owner.viewer, { slug: name(), markdown: markdown("B", ["One"]), visibility: "PUBLIC" });
  return { owner, a: a.roadmap!, b: b.roadmap! };
}

async function mutate(caller: RouteCaller, query: string, variables: Record<string, unknown>) {
  const result = await execute(query, variables, caller.viewer);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, { id?: string; slug?: string } | boolean>;
}

describe("a change to one roadmap invalidates only the answers that read it", () => {
  for (const who of ["signed out", "signed in"] as const) {
    it(`${who}: a save, a visibility change, a fork and a deletion of another roadmap leave an answer cached`, async () => {
      const { owner, a, b } = await twoRoadmaps();
      const reader = who === "signed out" ? null : await sessionCaller();
      for (const { slug } of [a, b]) {
        await postToRoute(reader, ROADMAP, { slug });
        expect((await served(reader, ROADMAP, { slug })).hit).toBe(true);
      }

      // A save of B: B's answer is computed again with the new content, A's is still served.
      await savedRoadmap(owner.viewer, {
        roadmapId: b.id,
        slug: b.slug.split("/")[1],
        markdown: markdown("B2", ["One", "Two"]),
      });
      expect((await served(reader, ROADMAP, { slug: a.slug })).hit).toBe(true);
      const saved = await served(reader, ROADMAP, { slug: b.slug });
      expect(saved.hit).toBe(false);
      expect(saved.body.data.roadmap).toMatchObject({ title: "B2", itemCount: 2 });
      expect((await served(reader, ROADMAP, { slug: b.slug })).hit).toBe(true);

      // B unlisted, then private: seen at once by B's readers, not by A's.
      await mutate(owner, VISIBILITY, { id: b.id, visibility: "UNLISTED" });
      expect((await served(reader, ROADMAP, { slug: a.slug })).hit).toBe(true);
      const unlisted = await served(reader, ROADMAP, { slug: b.slug });
      expect(unlisted.hit).toBe(false);
      expect(unlisted.body.data.roadmap.title).toBe("B2");
      await mutate(owner, VISIBILITY, { id: b.id, visibility: "PRIVATE" });
      expect((await served(reader, ROADMAP, { slug: b.slug })).body.data.roadmap).toBeNull();
      expect((await served(reader, ROADMAP, { slug: b.slug })).hit).toBe(true);
      // Shown again: the null answer is not served.
      await mutate(owner, VISIBILITY, { id: b.id, visibility: "PUBLIC" });
      expect((await served(reader, ROADMAP, { slug: b.slug })).body.data.roadmap.title).toBe("B2");

      // A fork of A by someone else is a new roadmap: A's answer stands.
      const forker = await sessionCaller();
      const fork = (await mutate(forker, FORK, { id: a.id })).forkRoadmap as { slug: string };
      expect((await served(reader, ROADMAP, { slug: a.slug })).hit).toBe(true);
      expect((await execute(ROADMAP, { slug: fork.slug }, forker.viewer)).data).toMatchObject({
        roadmap: { title: "A" },
      });

      // B deleted: gone at once for B's readers; A's answer stands.
      await mutate(owner, DELETE, { id: b.id });
      expect((await served(reader, ROADMAP, { slug: b.slug })).body.data.roadmap).toBeNull();
      expect((await served(reader, ROADMAP, { slug: a.slug })).hit).toBe(true);
    });
  }

  it("keeps the list of built-in roadmaps cached while learners save their own", async () => {
    const { owner, b } = await twoRoadmaps();
    await postToRoute(null, LIST, {});
    const before = await served(null, LIST);
    expect(before.hit).toBe(true);
    await savedRoadmap(owner.viewer, {
      roadmapId: b.id,
      slug: b.slug.split("/")[1],
      markdown: markdown("B3", ["One"]),
    });
    const after = await served(null, LIST);
    expect(after.hit).toBe(true);
    expect(after.body).toEqual(before.body);
  });

  it("serves an answer that found no roadmap only until one is made at that address", async () => {
    const learner = await createUser(testDb());
    const owner = sessionViewerOf(learner);
    const slug = `${learner.login}/soon`;
    await postToRoute(null, ROADMAP, { slug });
    const missing = await served(null, ROADMAP, { slug });
    expect(missing.hit).toBe(true);
    expect(missing.body.data.roadmap).toBeNull();
    await savedRoadmap(owner, { slug: "soon", markdown: markdown("Soon", ["One"]), visibility: "PUBLIC" });
    const found = await served(null, ROADMAP, { slug });
    expect(found.hit).toBe(false);
    expect(found.body.data.roadmap.title).toBe("Soon");
  });
});
