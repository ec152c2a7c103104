import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TokenScope } from "../../db/generated/enums";
import { createUser, sessionViewerOf, tokenViewerOf } from "../../../e2e/support/factories";
import { execute } from "../../../e2e/support/graphql-operations";
import { savedRoadmap } from "../../../e2e/support/own-roadmaps";
import { testDb } from "../../../e2e/support/test-db";
import type { Viewer } from "../viewer";
import { MAX_CLAIMS_LISTED, MAX_LEARNERS_COUNTED, roadmapSkillClaims } from "./roadmap-skill-claims";

/*
 * Roadmap.skillClaims: the skills a roadmap claims and how many learners follow
 * each, to those who may edit it only (its owner, whatever the token's scopes;
 * an administrator's session for a built-in roadmap). Everyone else, another
 * learner reading a public roadmap included, gets null.
 */

const CLAIMS = /* GraphQL */ `
  query ($slug: String!) {
    roadmap(slug: $slug) {
      skillClaims {
        total
        skills {
          name
          items
          learners
        }
      }
    }
  }
`;

const word = `zc${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;
const SCOPE_SETS: TokenScope[][] = [["READ_PROGRESS"], ["WRITE_PROGRESS"], ["WRITE_ROADMAPS"], ["COHORTS"]];

let owner: Viewer;
let ownerUser: Awaited<ReturnType<typeof createUser>>;
let slug: string;
let roadmapId: string;

async function follow(skill: string, learners: number) {
  const users = await Promise.all(Array.from({ length: learners }, () => createUser(testDb())));
  await testDb().skillProgress.createMany({
    data: users.map((user) => ({ userId: user.id, skill, status: "DONE" as const, updatedAt: new Date() })),
  });
}

beforeAll(async () => {
  ownerUser = await createUser(testDb());
  owner = sessionViewerOf(ownerUser);
  const saved = await savedRoadmap(owner, {
    visibility: "PUBLIC",
    markdown: `# Claims ${word}\n\n## One\n\n- [ ] A <!-- skill: ${word}-b -->\n- [ ] B <!-- skill: ${word}-a -->\n- [ ] C <!-- skill: ${word}-b -->\n- [ ] D\n`,
  });
  slug = saved.roadmap!.slug;
  roadmapId = saved.roadmap!.id;
  await follow(`${word}-a`, 3);
  await follow(`${word}-b`, 1);
});

describe("Roadmap.skillClaims", () => {
  it("lists the roadmap's skills in name order with their items and learners, to its owner", async () => {
    const expected = {
      total: 2,
      skills: [
        { name: `${word}-a`, items: 1, learners: 3 },
        { name: `${word}-b`, items: 2, learners: 1 },
      ],
    };
    const result = await execute(CLAIMS, { slug }, owner);
    expect(result.data?.roadmap.skillClaims).toEqual(expected);
    for (const scopes of SCOPE_SETS) {
      const byToken = await execute(CLAIMS, { slug }, tokenViewerOf(ownerUser, scopes));
      expect(byToken.data?.roadmap.skillClaims).toEqual(expected);
    }
  });

  it("is null to everyone else, another learner's tokens of every scope and administrators included", async () => {
    const otherUser = await createUser(testDb());
    const admin = await createUser(testDb(), { role: "ADMIN" });
    const callers: (Viewer | null)[] = [
      null,
      sessionViewerOf(otherUser),
      sessionViewerOf(admin),
      ...SCOPE_SETS.map((scopes) => tokenViewerOf(otherUser, scopes)),
    ];
    for (const viewer of callers) {
      const result = await execute(CLAIMS, { slug }, viewer);
      expect(result.errors).toBeUndefined();
      expect(result.data?.roadmap.skillClaims).toBeNull();
    }
  });

  it("shows a built-in roadmap's claims to an administrator's session, not to their token", async () => {
    const admin = await createUser(testDb(), { role: "ADMIN" });
    const session = await execute(CLAIMS, { slug: "backend" }, sessionViewerOf(admin));
    expect(session.data?.roadmap.skillClaims).not.toBeNull();
    const token = await execute(CLAIMS, { slug: "backend" }, tokenViewerOf(admin, ["WRITE_ROADMAPS"]));
    expect(token.data?.roadmap.skillClaims).toBeNull();
  });

  it("lists at most its bound of skills, and stops counting learners at its bound", async () => {
    const skill = `${word}-many`;
    // MAX_LEARNERS_COUNTED + 5 learners follow one skill.
    await testDb().$executeRaw`
      WITH made AS (
        INSERT INTO "User" ("id", "updatedAt")
        SELECT ${word} || '-u' || g, now() FROM generate_series(1, ${MAX_LEARNERS_COUNTED + 5}) g
        RETURNING "id"
      )
      INSERT INTO "SkillProgress" ("userId", "skill", "status", "updatedAt")
      SELECT "id", ${skill}, 'DONE', now() FROM made`;
    const lines = Array.from(
      { length: MAX_CLAIMS_LISTED + 5 },
      (_, i) => `- [ ] Item ${i} <!-- skill: ${word}-s${i} -->`,
    );
    const saved = await savedRoadmap(owner, {
      markdown: `# Many\n\n## One\n\n- [ ] Many <!-- skill: ${skill} -->\n${lines.join("\n")}\n`,
    });
    const claims = await roadmapSkillClaims(owner, { id: saved.roadmap!.id, ownerId: ownerUser.id });
    expect(claims!.total).toBe(MAX_CLAIMS_LISTED + 6);
    expect(claims!.skills).toHaveLength(MAX_CLAIMS_LISTED);
    expect(claims!.skills[0]).toEqual({ name: skill, items: 1, learners: MAX_LEARNERS_COUNTED });
    expect(roadmapId).toBeTruthy();
  });
});
