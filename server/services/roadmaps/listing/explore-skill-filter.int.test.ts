import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../../../../e2e/support/factories";
import { errorCodes, execute } from "../../../../e2e/support/graphql-operations";
import { savedRoadmap } from "../../../../e2e/support/own-roadmaps";
import { testDb } from "../../../../e2e/support/test-db";
import type { Viewer } from "../../viewer";

/*
 * Explore's skill filter (`explore(skill:)`, /explore?skill=git): PUBLIC
 * roadmaps with a live item claiming the skill, newest first, combined with the
 * title search and paging. Never an UNLISTED or PRIVATE one, whoever asks, and
 * never one whose only claim was retired.
 */

const EXPLORE = /* GraphQL */ `
  query ($skill: String, $q: String, $first: Int, $after: String) {
    explore(skill: $skill, query: $q, first: $first, after: $after) {
      nodes {
        id
        title
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const word = `zs${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;
const skill = `${word}-skill`;

let owner: Viewer;
let ownerUser: Awaited<ReturnType<typeof createUser>>;
const titles = { newest: `${word} newest`, middle: `${word} middle apple`, oldest: `${word} oldest apple` };

function markdown(title: string, claim: boolean, extra = "") {
  return `# ${title}\n\n## One\n\n- [ ] Step${claim ? ` <!-- skill: ${skill} -->` : ""}\n- [ ] Other <!-- key: other -->\n${extra}`;
}

async function explore(variables: Record<string, unknown>, viewer: Viewer | null = null) {
  const result = await execute<{
    explore: { nodes: { id: string; title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }>(EXPLORE, variables, viewer);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.explore;
}

beforeAll(async () => {
  ownerUser = await createUser(testDb());
  owner = sessionViewerOf(ownerUser);
  for (const title of [titles.oldest, titles.middle, titles.newest]) {
    await savedRoadmap(owner, { visibility: "PUBLIC", markdown: markdown(title, true) });
  }
  await savedRoadmap(owner, { visibility: "PUBLIC", markdown: markdown(`${word} claims nothing`, false) });
  await savedRoadmap(owner, { visibility: "PRIVATE", markdown: markdown(`${word} SECRET private`, true) });
  await savedRoadmap(owner, { visibility: "UNLISTED", markdown: markdown(`${word} SECRET unlisted`, true) });
  // Claimed once, then the claiming item was removed (retired): no longer listed.
  const retired = await savedRoadmap(owner, {
    visibility: "PUBLIC",
    markdown: markdown(`${word} retired claim`, true),
  });
  await savedRoadmap(owner, {
    roadmapId: retired.roadmap!.id,
    markdown: `# ${word} retired claim\n\n## One\n\n- [ ] Other <!-- key: other -->\n`,
  });
});

describe("explore(skill:)", () => {
  it("lists the public roadmaps with a live item claiming the skill, newest first, to everyone alike", async () => {
    const callers = [
      null,
      owner,
      tokenViewerOf(ownerUser, ["READ_PROGRESS"]),
      tokenViewerOf(ownerUser, ["WRITE_ROADMAPS"]),
    ];
    for (const viewer of callers) {
      const page = await explore({ skill, first: 100 }, viewer);
      expect(page.nodes.map((node) => node.title)).toEqual([titles.newest, titles.middle, titles.oldest]);
      expect(JSON.stringify(page)).not.toContain("SECRET");
    }
  });

  it("pages with the cursor, and combines with the title search", async () => {
    const first = await explore({ skill, first: 2 });
    expect(first.nodes.map((node) => node.title)).toEqual([titles.newest, titles.middle]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await explore({ skill, first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((node) => node.title)).toEqual([titles.oldest]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const searched = await explore({ skill, q: "APPLE", first: 100 });
    expect(searched.nodes.map((node) => node.title)).toEqual([titles.middle, titles.oldest]);
  });

  it("finds nothing for a skill no public roadmap claims", async () => {
    expect((await explore({ skill: `${word}-nobody` })).nodes).toEqual([]);
  });

  it("follows changes of visibility and of claims, sections retired and brought back", async () => {
    const visibility = (roadmapId: string, to: string) =>
      execute(
        `mutation($id: ID!, $v: RoadmapVisibility!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: $v }) { id } }`,
        { id: roadmapId, v: to },
        owner,
      );
    const titlesNow = async () => (await explore({ skill, first: 100 })).nodes.map((node) => node.title);
    const title = `${word} moving`;
    const withSection = `# ${title}\n\n## One\n\n- [ ] Other <!-- key: other -->\n\n## Two\n\n- [ ] Step <!-- skill: ${skill} -->\n`;
    const withoutSection = `# ${title}\n\n## One\n\n- [ ] Other <!-- key: other -->\n`;
    const saved = await savedRoadmap(owner, { visibility: "PRIVATE", markdown: withSection });
    const id = saved.roadmap!.id;
    expect(await titlesNow()).not.toContain(title);
    await visibility(id, "PUBLIC");
    expect(await titlesNow()).toContain(title);
    await visibility(id, "UNLISTED");
    expect(await titlesNow()).not.toContain(title);
    await visibility(id, "PUBLIC");
    await savedRoadmap(owner, { roadmapId: id, markdown: withoutSection });
    expect(await titlesNow()).not.toContain(title);
    await savedRoadmap(owner, { roadmapId: id, markdown: withSection });
    expect(await titlesNow()).toContain(title);
  });

  it("keeps every roadmap's publicSkills equal to what its live items claim while it is PUBLIC, and empty otherwise", async () => {
    const [wrong] = await testDb().$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM "Roadmap" r
      WHERE r."publicSkills" IS DISTINCT FROM
        CASE WHEN r."visibility" = 'PUBLIC' THEN "roadmap_claimed_skills"(r."id") ELSE '{}'::text[] END`;
    expect(wrong!.count).toBe(0);
    const [builtIn] = await testDb().$queryRaw<{ skills: string[] }[]>`
      SELECT "publicSkills" AS "skills" FROM "Roadmap" WHERE "slug" = 'backend'`;
    // Seeded on PostgreSQL's test database (not on the embedded one, where this file runs too).
    if (builtIn) expect(builtIn.skills).toContain("git");
  });

  it("refuses a malformed skill name as BAD_USER_INPUT", async () => {
    for (const bad of ["Git", "web_apis", "a--b", "x".repeat(41), ""]) {
      expect(errorCodes(await execute(EXPLORE, { skill: bad }))).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
