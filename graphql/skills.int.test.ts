import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute, type OperationResult } from "../e2e/support/graphql-operations";
import { savedRoadmap } from "../e2e/support/own-roadmaps";
import { countStatements } from "../e2e/support/statement-count";
import { testDb } from "../e2e/support/test-db";
import type { TokenScope } from "../server/db/generated/enums";
import type { Viewer } from "../server/services/viewer";

/*
 * Skills through the API (issue 24): the catalogue, a skill's items, the
 * viewer's status on it and where it came from. The cross-user part: a skill's
 * items never list another learner's private or unlisted roadmap, and a status
 * source is never an item the viewer may not see.
 */

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

async function learner() {
  const user = await createUser(testDb());
  return { user, viewer: sessionViewerOf(user) };
}

/** A roadmap of `viewer` with one item claiming each of `skills` (item titles "<title> <skill>"). */
async function roadmapClaiming(
  viewer: Viewer,
  visibility: "PUBLIC" | "UNLISTED" | "PRIVATE",
  skills: string[],
  title = unique("Roadmap"),
) {
  const lines = skills.map((skill) => `- [ ] ${title} teaches ${skill} <!-- skill: ${skill} -->`).join("\n");
  const saved = await savedRoadmap(viewer, { markdown: `# ${title}\n\n## Basics\n\n${lines}\n`, visibility });
  const items = await testDb().item.findMany({
    where: { roadmapId: saved.roadmap!.id },
    select: { id: true, skill: true },
  });
  return {
    id: saved.roadmap!.id,
    slug: saved.roadmap!.slug,
    title,
    itemOf: (skill: string) => items.find((item) => item.skill === skill)!.id,
  };
}

async function setSkillStatus(userId: string, skill: string, itemId: string | null, status = "DONE" as const) {
  await testDb().skillProgress.upsert({
    where: { userId_skill: { userId, skill } },
    create: { userId, skill, status, updatedAt: new Date(), itemId },
    update: { status, updatedAt: new Date(), itemId },
  });
}

const SKILL = `query($name: String!) { skill(name: $name) { id name title status items(first: 20) { nodes { id roadmap { id } } } } }`;

type SkillAnswer = {
  skill: {
    id: string;
    name: string;
    title: string;
    status: string;
    items: { nodes: { id: string; roadmap: { id: string } }[] };
  } | null;
};

const itemIdsOf = (answer: SkillAnswer) => answer.skill!.items.nodes.map((node) => node.id).sort();

describe("the skill catalogue", () => {
  it("records the skills PUBLIC roadmaps claim, titled after the first claim and never renamed", async () => {
    const { viewer } = await learner();
    const git = unique("git");
    const first = await roadmapClaiming(viewer, "PUBLIC", [git], "First");
    await roadmapClaiming(viewer, "PUBLIC", [git], "Second");
    const row = await testDb().skill.findUniqueOrThrow({ where: { name: git } });
    expect(row.title).toBe(`First teaches ${git}`);
    // A save of the first roadmap with another title for the item renames nothing.
    await savedRoadmap(viewer, {
      roadmapId: first.id,
      markdown: `# First\n\n## Basics\n\n- [ ] Renamed <!-- skill: ${git} -->\n`,
    });
    expect((await testDb().skill.findUniqueOrThrow({ where: { name: git } })).title).toBe(`First teaches ${git}`);
  });

  it("leaves out private and unlisted roadmaps' claims until the roadmap is made PUBLIC", async () => {
    const { viewer } = await learner();
    const hidden = unique("hidden");
    const link = unique("link");
    const secret = await roadmapClaiming(viewer, "PRIVATE", [hidden]);
    await roadmapClaiming(viewer, "UNLISTED", [link]);
    expect(await testDb().skill.count({ where: { name: { in: [hidden, link] } } })).toBe(0);
    const made = await execute(
      `mutation($id: ID!) { setRoadmapVisibility(input: { roadmapId: $id, visibility: PUBLIC }) { id } }`,
      { id: secret.id },
      viewer,
    );
    expect(made.errors).toBeUndefined();
    expect((await testDb().skill.findUniqueOrThrow({ where: { name: hidden } })).title).toBe(
      `${secret.title} teaches ${hidden}`,
    );
  });
});

describe("Query.skill", () => {
  it("lists the items on PUBLIC roadmaps and the viewer's own, never another's private or unlisted one", async () => {
    const a = await learner();
    const b = await learner();
    const skill = unique("sql");
    const open = await roadmapClaiming(a.viewer, "PUBLIC", [skill]);
    const secret = await roadmapClaiming(a.viewer, "PRIVATE", [skill]);
    const unlisted = await roadmapClaiming(a.viewer, "UNLISTED", [skill]);
    const bOwn = await roadmapClaiming(b.viewer, "PRIVATE", [skill]);

    const asA = (await execute<SkillAnswer>(SKILL, { name: skill }, a.viewer)).data!;
    expect(itemIdsOf(asA)).toEqual([open.itemOf(skill), secret.itemOf(skill), unlisted.itemOf(skill)].sort());
    const asB = (await execute<SkillAnswer>(SKILL, { name: skill }, b.viewer)).data!;
    expect(itemIdsOf(asB)).toEqual([open.itemOf(skill), bOwn.itemOf(skill)].sort());
    const signedOut = (await execute<SkillAnswer>(SKILL, { name: skill })).data!;
    expect(itemIdsOf(signedOut)).toEqual([open.itemOf(skill)]);
    expect(signedOut.skill).toMatchObject({
      name: skill,
      title: `${open.title} teaches ${skill}`,
      status: "NOT_STARTED",
    });
  });

  it("finds a skill only private roadmaps claim for their owner alone, titled after the owner's item", async () => {
    const a = await learner();
    const b = await learner();
    const skill = unique("own");
    const secret = await roadmapClaiming(a.viewer, "PRIVATE", [skill]);
    const asA = (await execute<SkillAnswer>(SKILL, { name: skill }, a.viewer)).data!;
    expect(asA.skill).toMatchObject({ name: skill, title: `${secret.title} teaches ${skill}` });
    expect((await execute<SkillAnswer>(SKILL, { name: skill }, b.viewer)).data).toEqual({ skill: null });
    expect((await execute<SkillAnswer>(SKILL, { name: skill })).data).toEqual({ skill: null });
    for (const scopes of [[], ["READ_PROGRESS"], ["WRITE_ROADMAPS", "READ_PROGRESS", "WRITE_PROGRESS", "COHORTS"]]) {
      const token = tokenViewerOf(b.user, scopes as TokenScope[]);
      const answer = await execute(`query($n: String!) { skill(name: $n) { name title } }`, { n: skill }, token);
      expect(answer.data).toEqual({ skill: null });
    }
  });

  it("is null for unknown and malformed names, and a Node by its id", async () => {
    const { viewer } = await learner();
    const skill = unique("node");
    await roadmapClaiming(viewer, "PUBLIC", [skill]);
    const found = await execute<SkillAnswer>(SKILL, { name: skill }, viewer);
    const id = found.data!.skill!.id;
    const node = await execute(`query($id: ID!) { node(id: $id) { id ... on Skill { name } } }`, { id });
    expect(node.data).toEqual({ node: { id, name: skill } });
    for (const name of [unique("nobody"), "Not A Name", "x".repeat(500)]) {
      expect((await execute(SKILL, { name })).data).toEqual({ skill: null });
    }
    expect((await execute(`{ node(id: "skill:nobody-at-all") { id } }`)).data).toEqual({ node: null });
  });

  it("pages a skill's items in the index's order, and refuses a foreign cursor as BAD_USER_INPUT", async () => {
    const { viewer } = await learner();
    const skill = unique("paged");
    const roadmaps = await Promise.all(
      ["Alpha", "Beta", "Gamma"].map((t) => roadmapClaiming(viewer, "PUBLIC", [skill], unique(t))),
    );
    const PAGE = `query($name: String!, $after: String) { skill(name: $name) { items(first: 2, after: $after) {
      nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    const one = await execute(PAGE, { name: skill });
    expect(one.data!.skill.items.nodes).toHaveLength(2);
    expect(one.data!.skill.items.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = await execute(PAGE, { name: skill, after: one.data!.skill.items.pageInfo.endCursor });
    expect(two.data!.skill.items.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const seen = [...one.data!.skill.items.nodes, ...two.data!.skill.items.nodes].map(
      (node: { id: string }) => node.id,
    );
    // Learners' roadmaps in the index's order (by id), after the built-in ones (none claims this skill).
    const byId = [...roadmaps].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(seen).toEqual(byId.map((roadmap) => roadmap.itemOf(skill)));
    for (const after of ["nonsense", Buffer.from('["x"]').toString("base64url")]) {
      expect(errorCodes(await execute(PAGE, { name: skill, after }))).toEqual(["BAD_USER_INPUT"]);
    }
    const tooMany = await execute(`query($n: String!) { skill(name: $n) { items(first: -1) { nodes { id } } } }`, {
      n: skill,
    });
    expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("Skill.items across the built-in roadmaps", () => {
  it("lists the built-in roadmaps' items first, then the others, each once, across pages", async () => {
    const { user, viewer } = await learner();
    const own = [await roadmapClaiming(viewer, "PRIVATE", ["git"]), await roadmapClaiming(viewer, "PRIVATE", ["git"])];
    const PAGE = `query($after: String) { skill(name: "git") { items(first: 2, after: $after) {
      nodes { id roadmap { id } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: { id: string; roadmap: { id: string } }[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 500; pages += 1) {
      const answer: OperationResult<Record<string, any>> = await execute(PAGE, { after }, viewer); // eslint-disable-line @typescript-eslint/no-explicit-any
      seen.push(...answer.data!.skill.items.nodes);
      if (!answer.data!.skill.items.pageInfo.hasNextPage) break;
      after = answer.data!.skill.items.pageInfo.endCursor;
    }
    const expected = await testDb().item.findMany({
      where: {
        skill: "git",
        retiredAt: null,
        section: { retiredAt: null },
        roadmap: { OR: [{ visibility: "PUBLIC" }, { ownerId: user.id }] },
      },
      select: { id: true, roadmap: { select: { ownerId: true } } },
    });
    expect(seen.map((item) => item.id).sort()).toEqual(expected.map((item) => item.id).sort());
    expect(new Set(seen.map((item) => item.id)).size).toBe(seen.length);
    const builtIn = new Set(expected.filter((item) => item.roadmap.ownerId === null).map((item) => item.id));
    expect(builtIn.size).toBeGreaterThan(0);
    const firstOthers = seen.findIndex((item) => !builtIn.has(item.id));
    expect(seen.slice(firstOthers).some((item) => builtIn.has(item.id))).toBe(false);
    for (const roadmap of own) expect(seen.map((item) => item.id)).toContain(roadmap.itemOf("git"));
  });
});

describe("Query.skills", () => {
  it("finds skills by name prefix or title, in name order, pages them, and lists none only hidden roadmaps claim", async () => {
    const a = await learner();
    const b = await learner();
    const stem = unique("kube");
    const names = [`${stem}-a`, `${stem}-b`, `${stem}-c`];
    const open = await roadmapClaiming(a.viewer, "PUBLIC", names, unique("Orchestration"));
    await roadmapClaiming(a.viewer, "PRIVATE", [`${stem}-secret`]);
    const SEARCH = `query($q: String, $after: String) { skills(query: $q, first: 2, after: $after) {
      nodes { name title } pageInfo { hasNextPage endCursor } } }`;
    const first = await execute(SEARCH, { q: stem }, b.viewer);
    expect(first.data!.skills.nodes.map((s: { name: string }) => s.name)).toEqual(names.slice(0, 2));
    const next = await execute(SEARCH, { q: stem, after: first.data!.skills.pageInfo.endCursor }, b.viewer);
    expect(next.data!.skills).toMatchObject({ nodes: [{ name: names[2] }], pageInfo: { hasNextPage: false } });
    // By title, any case, and LIKE's wildcards match themselves.
    const byTitle = await execute(SEARCH, { q: open.title.toUpperCase() });
    expect(byTitle.data!.skills.nodes.map((s: { name: string }) => s.name)).toEqual(names.slice(0, 2));
    expect((await execute(SEARCH, { q: `${stem}%` })).data!.skills.nodes).toEqual([]);
    // The owner's private claim is not in the catalogue, so not listed, even to the owner.
    expect((await execute(SEARCH, { q: `${stem}-secret` }, a.viewer)).data!.skills.nodes).toEqual([]);
    // Once the only roadmap claiming them goes private, they are no longer listed to others.
    await testDb().roadmap.update({ where: { id: open.id }, data: { visibility: "PRIVATE" } });
    expect((await execute(SEARCH, { q: stem }, b.viewer)).data!.skills.nodes).toEqual([]);
    expect(errorCodes(await execute(SEARCH, { q: "x".repeat(101) }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("Skill.status and Item.statusSource", () => {
  const ITEM = `query($id: ID!) { item(id: $id) { id skill { name status } statusSource { id roadmap { id } } } }`;

  it("give the viewer's own status and source, NOT_STARTED signed out, and refuse a token without READ_PROGRESS", async () => {
    const a = await learner();
    const skill = unique("git");
    const one = await roadmapClaiming(a.viewer, "PUBLIC", [skill]);
    const two = await roadmapClaiming(a.viewer, "PRIVATE", [skill]);
    await setSkillStatus(a.user.id, skill, two.itemOf(skill));

    const asA = await execute(ITEM, { id: one.itemOf(skill) }, a.viewer);
    expect(asA.data!.item).toEqual({
      id: one.itemOf(skill),
      skill: { name: skill, status: "DONE" },
      statusSource: { id: two.itemOf(skill), roadmap: { id: two.id } },
    });
    // On the source item itself, no source.
    expect((await execute(ITEM, { id: two.itemOf(skill) }, a.viewer)).data!.item.statusSource).toBeNull();
    const signedOut = await execute(ITEM, { id: one.itemOf(skill) });
    expect(signedOut.data!.item).toMatchObject({ skill: { status: "NOT_STARTED" }, statusSource: null });

    const reader = await execute(ITEM, { id: one.itemOf(skill) }, tokenViewerOf(a.user, ["READ_PROGRESS"]));
    expect(reader.data!.item.statusSource).toEqual({ id: two.itemOf(skill), roadmap: { id: two.id } });
    for (const scopes of [[], ["WRITE_PROGRESS", "WRITE_ROADMAPS", "COHORTS"]] as TokenScope[][]) {
      const blind = await execute(
        `query($id: ID!) { item(id: $id) { id status skill { name status } statusSource { id } } }`,
        { id: one.itemOf(skill) },
        tokenViewerOf(a.user, scopes),
      );
      // Refused exactly as Item.status is: FORBIDDEN for each field, the rest answered.
      expect(errorCodes(blind)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
      expect(blind.data!.item).toEqual({ id: one.itemOf(skill), status: null, skill: null, statusSource: null });
    }
  });

  it("never give another learner's private item as a source, nor another learner's status", async () => {
    const a = await learner();
    const b = await learner();
    const skill = unique("docker");
    const open = await roadmapClaiming(a.viewer, "PUBLIC", [skill]);
    const secret = await roadmapClaiming(a.viewer, "PRIVATE", [skill]);
    await setSkillStatus(a.user.id, skill, secret.itemOf(skill));
    // B's own status points at A's private item (say B followed it before A made it private).
    await setSkillStatus(b.user.id, skill, secret.itemOf(skill), "SKIPPED" as never);
    const everyScope: TokenScope[] = ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS", "COHORTS"];
    for (const viewer of [b.viewer, tokenViewerOf(b.user, everyScope), tokenViewerOf(b.user, ["READ_PROGRESS"])]) {
      const answer = await execute(ITEM, { id: open.itemOf(skill) }, viewer);
      expect(answer.data!.item).toEqual({
        id: open.itemOf(skill),
        skill: { name: skill, status: "SKIPPED" },
        statusSource: null,
      });
      expect(JSON.stringify(answer)).not.toContain(secret.id);
      const listed = await execute<SkillAnswer>(SKILL, { name: skill }, viewer);
      expect(itemIdsOf(listed.data!)).toEqual([open.itemOf(skill)]);
      expect(JSON.stringify(listed)).not.toContain(secret.itemOf(skill));
    }
    // B asking for A's private item directly: nothing.
    expect((await execute(ITEM, { id: secret.itemOf(skill) }, b.viewer)).data).toEqual({ item: null });
  });
});

describe("statements", () => {
  const ROADMAP = `query($slug: String!) { roadmap(slug: $slug) { items { id skill { name title status }
    statusSource { id title roadmap { title } } } } }`;

  /** A learner's roadmap of `size` items, each claiming its own skill, whose status was set on another roadmap. */
  async function learnerWithSources(size: number) {
    const { user, viewer } = await learner();
    const skills = Array.from({ length: size }, (_, index) => unique(`s${index}`));
    const here = await roadmapClaiming(viewer, "PRIVATE", skills);
    const there = await roadmapClaiming(viewer, "PUBLIC", skills);
    for (const skill of skills) await setSkillStatus(user.id, skill, there.itemOf(skill));
    return { viewer, here, there, skills };
  }

  it("do not grow with the items of a roadmap asking for their skills and status sources", async () => {
    const counts: number[] = [];
    for (const size of [2, 40]) {
      const { viewer, here, there, skills } = await learnerWithSources(size);
      let answer: OperationResult<Record<string, any>> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
      counts.push(await countStatements(async () => (answer = await execute(ROADMAP, { slug: here.slug }, viewer))));
      expect(answer!.errors).toBeUndefined();
      const items = answer!.data!.roadmap.items as { skill: { status: string }; statusSource: { id: string } }[];
      expect(items.map((item) => item.statusSource.id)).toEqual(skills.map((skill) => there.itemOf(skill)));
      expect(items.every((item) => item.skill.status === "DONE")).toBe(true);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("do not grow with a skill's items", async () => {
    const counts: number[] = [];
    for (const size of [2, 12]) {
      const { viewer } = await learner();
      const skill = unique("many");
      for (let index = 0; index < size; index += 1) await roadmapClaiming(viewer, "PUBLIC", [skill]);
      const query = `query($n: String!) { skill(name: $n) { title status items(first: 20) { nodes { id title status
        roadmap { title } statusSource { id } } } } }`;
      let answer: OperationResult<Record<string, any>> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
      counts.push(await countStatements(async () => (answer = await execute(query, { n: skill }, viewer))));
      expect(answer!.data!.skill.items.nodes).toHaveLength(size);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
