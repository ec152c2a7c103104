import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/graphql/route";
import { saveBuiltInRoadmap } from "@/server/services/roadmaps/authoring/save-built-in-roadmap";
import { setItemStatus } from "@/server/services/progress/set-item-status";
import { parseRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { execute } from "@/e2e/support/graphql-operations";
import { testDb } from "@/e2e/support/test-db";
import { countStatements } from "@/e2e/support/statement-count";

const ROADMAP = /* GraphQL */ `
  query Cached($slug: String!) {
    roadmap(slug: $slug) {
      title
      items {
        id
        title
        status
      }
    }
  }
`;

/** Over HTTP, through the route handler, as a signed-out client would ask. */
async function postSignedOut(query: string, variables: Record<string, unknown>) {
  const response = await POST(
    new NextRequest("http://localhost/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    }),
  );
  return response.json() as Promise<unknown>;
}

function markdown(title: string, items: string[]) {
  return `# ${title}\n\n## Only\n\n${items.map((item) => `- [ ] ${item}`).join("\n")}\n`;
}

describe("the signed-out answer cache", () => {
  it("answers a repeated signed-out query from the cache (one statement: the check of the roadmap it read)", async () => {
    const slug = `cached-${Date.now().toString(36)}`;
    await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(markdown("Cached", ["One", "Two"])));
    const first = await postSignedOut(ROADMAP, { slug });
    expect(first).toMatchObject({ data: { roadmap: { title: "Cached" } } });
    let second: unknown;
    const statements = await countStatements(async () => (second = await postSignedOut(ROADMAP, { slug })));
    expect(second).toEqual(first);
    expect(statements).toBe(1);
    // A save: the next answer is computed from the new content, over HTTP too.
    await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(markdown("Renamed", ["One", "Two", "Three"])));
    expect(await postSignedOut(ROADMAP, { slug })).toMatchObject({ data: { roadmap: { title: "Renamed" } } });
  });

  it("never serves a learner's answer to anyone else, nor a cached one to a learner", async () => {
    const slug = `private-${Date.now().toString(36)}`;
    await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(markdown("Mine", ["One", "Two"])));
    const learner = sessionViewerOf(await createUser(testDb()));
    const other = sessionViewerOf(await createUser(testDb()));
    await execute(ROADMAP, { slug }); // a signed-out answer is now cached
    const itemId = ((await execute(ROADMAP, { slug })).data as { roadmap: { items: { id: string }[] } }).roadmap
      .items[0]!.id;
    await setItemStatus(learner, { itemId, status: "DONE" });

    const mine = (await execute(ROADMAP, { slug }, learner)).data as { roadmap: { items: { status: string }[] } };
    expect(mine.roadmap.items[0]!.status).toBe("DONE");
    const theirs = (await execute(ROADMAP, { slug }, other)).data as { roadmap: { items: { status: string }[] } };
    expect(theirs.roadmap.items[0]!.status).toBe("NOT_STARTED");
    const signedOut = (await execute(ROADMAP, { slug })).data as { roadmap: { items: { status: string | null }[] } };
    expect(signedOut.roadmap.items.map((item) => item.status)).toEqual([null, null]);
  });

  it("serves the new content at once after a save, not the cached answer", async () => {
    const slug = `fresh-${Date.now().toString(36)}`;
    await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(markdown("Before", ["One"])));
    expect((await execute(ROADMAP, { slug })).data).toMatchObject({ roadmap: { title: "Before" } });
    expect((await execute(ROADMAP, { slug })).data).toMatchObject({ roadmap: { title: "Before" } });
    await saveBuiltInRoadmap(testDb(), slug, parseRoadmapMarkdown(markdown("After", ["One", "Two"])));
    const after = (await execute(ROADMAP, { slug })).data as { roadmap: { title: string; items: unknown[] } };
    expect(after.roadmap.title).toBe("After");
    expect(after.roadmap.items).toHaveLength(2);
  });

  it("never keeps a public profile's answer: made private, it is null at once", async () => {
    const user = await createUser(testDb());
    const roadmap = await testDb().roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
    await testDb().user.update({
      where: { id: user.id },
      data: { profilePublic: true, profileRoadmaps: { create: { roadmapId: roadmap.id, position: 0 } } },
    });
    const query = `query P($login: String!) { profile(login: $login) { login roadmaps { slug percent } } }`;
    // Alone, and beside content that may be cached: neither is stored.
    const together = `query Q($login: String!) { roadmaps { slug } ...P } fragment P on Query { profile(login: $login) { login } }`;
    expect(await postSignedOut(query, { login: user.login })).toMatchObject({
      data: { profile: { login: user.login } },
    });
    expect(await postSignedOut(together, { login: user.login })).toMatchObject({
      data: { profile: { login: user.login } },
    });
    await testDb().user.update({ where: { id: user.id }, data: { profilePublic: false } });
    expect(await postSignedOut(query, { login: user.login })).toEqual({ data: { profile: null } });
    expect(await postSignedOut(together, { login: user.login })).toMatchObject({ data: { profile: null } });
  });
});
