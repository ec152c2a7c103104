import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { savedRoadmap } from "../e2e/support/own-roadmaps";
import { testDb } from "../e2e/support/test-db";
import { onQuery } from "../server/db/client";
import { listShareableRoadmaps, MAX_OFFERED_FOLLOWED_ROADMAPS } from "../server/services/profile/shareable-roadmaps";

const VISIBILITY = /* GraphQL */ `
  mutation Visibility($input: SetProfileVisibilityInput!) {
    setProfileVisibility(input: $input) {
      profileRoadmaps {
        id
      }
    }
  }
`;

const markdown = (title: string) => `# ${title}\n\n## Part\n\n- [ ] One\n- [ ] Two\n`;

/** A roadmap of `owner`'s, saved through the API. */
async function roadmapOf(owner: { id: string; login: string | null; role: "LEARNER" | "ADMIN" }, visibility: string) {
  const { roadmap } = await savedRoadmap(sessionViewerOf(owner), {
    markdown: markdown(`Plan ${randomBytes(3).toString("hex")}`),
    visibility,
  });
  return roadmap!;
}

/** `userId` changed a status on the first item of `roadmapId`: they follow it. */
async function follow(userId: string, roadmapId: string, at = new Date()) {
  const item = await testDb().item.findFirstOrThrow({ where: { roadmapId }, select: { id: true } });
  await testDb().progressEvent.create({
    data: { userId, roadmapId, itemId: item.id, from: "NOT_STARTED", to: "DONE", at },
  });
}

async function scene() {
  const learner = await createUser(testDb());
  const author = await createUser(testDb());
  const stranger = await createUser(testDb());
  const backend = await testDb().roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
  const ownPublic = await roadmapOf(learner, "PUBLIC");
  const ownPrivate = await roadmapOf(learner, "PRIVATE");
  const ownUnlisted = await roadmapOf(learner, "UNLISTED");
  const followedPublic = await roadmapOf(author, "PUBLIC");
  const followedUnlisted = await roadmapOf(author, "UNLISTED");
  const strangers = await roadmapOf(stranger, "PUBLIC");
  for (const roadmapId of [backend.id, followedPublic.id, followedUnlisted.id]) await follow(learner.id, roadmapId);
  return { learner, author, backend, ownPublic, ownPrivate, ownUnlisted, followedPublic, followedUnlisted, strangers };
}

describe("the roadmaps a profile may show", () => {
  it("are the learner's own public roadmaps and the public ones they follow, each with its owner", async () => {
    const { learner, author, backend, ownPublic, followedPublic } = await scene();
    const offered = await listShareableRoadmaps(sessionViewerOf(learner));
    expect(offered.map((roadmap) => roadmap.id).sort()).toEqual([backend.id, ownPublic.id, followedPublic.id].sort());
    expect(offered.find((roadmap) => roadmap.id === backend.id)).toMatchObject({
      builtIn: true,
      own: false,
      followed: true,
    });
    expect(offered.find((roadmap) => roadmap.id === ownPublic.id)).toMatchObject({
      builtIn: false,
      own: true,
      followed: false,
      ownerLogin: learner.login,
    });
    expect(offered.find((roadmap) => roadmap.id === followedPublic.id)).toMatchObject({
      own: false,
      followed: true,
      ownerLogin: author.login,
    });
  });

  it("reads only the learner's own rows: three statements, each bounded by this learner's", async () => {
    const { learner } = await scene();
    const statements: string[] = [];
    const stop = onQuery((event) => statements.push(event.query));
    try {
      await listShareableRoadmaps(sessionViewerOf(learner));
    } finally {
      stop();
    }
    expect(statements).toHaveLength(3);
    // The history is grouped for this learner only, never over the whole site's roadmaps.
    expect(statements[0]).toMatch(/FROM "public"\."ProgressEvent"/);
    expect(statements[0]).toMatch(/"userId" = \$1/);
    expect(statements[1]).toMatch(/"ownerId" = \$2 OR "public"\."Roadmap"\."id" IN/);
    expect(statements[1]).toMatch(/LIMIT/);
    // The owners' logins, by id.
    expect(statements[2]).toMatch(/FROM "public"\."User" WHERE "public"\."User"\."id" IN/);
  });

  it(`offers at most the ${MAX_OFFERED_FOLLOWED_ROADMAPS} most recently followed roadmaps`, async () => {
    const learner = await createUser(testDb());
    const author = await createUser(testDb());
    const count = MAX_OFFERED_FOLLOWED_ROADMAPS + 3;
    const tag = randomBytes(4).toString("hex");
    const ids = Array.from({ length: count }, (_, index) => `cap${tag}${String(index).padStart(4, "0")}`);
    await testDb().roadmap.createMany({
      data: ids.map((id) => ({
        id,
        slug: `${author.login}/${id}`,
        title: id,
        ownerId: author.id,
        visibility: "PUBLIC" as const,
      })),
    });
    await testDb().section.createMany({
      data: ids.map((id) => ({ id: `s${id}`, roadmapId: id, key: "s", title: "S", position: 0 })),
    });
    await testDb().item.createMany({
      data: ids.map((id) => ({ id: `i${id}`, roadmapId: id, sectionId: `s${id}`, key: "i", title: "I", position: 0 })),
    });
    // Followed one a minute apart: the first ones longest ago.
    const start = Date.now() - count * 60_000;
    await testDb().progressEvent.createMany({
      data: ids.map((id, index) => ({
        userId: learner.id,
        roadmapId: id,
        itemId: `i${id}`,
        from: "NOT_STARTED" as const,
        to: "DONE" as const,
        at: new Date(start + index * 60_000),
      })),
    });
    const offered = await listShareableRoadmaps(sessionViewerOf(learner));
    expect(offered).toHaveLength(MAX_OFFERED_FOLLOWED_ROADMAPS);
    expect(offered.map((roadmap) => roadmap.id).sort()).toEqual(ids.slice(3));
  });

  it("setProfileVisibility accepts those and refuses any other with BAD_USER_INPUT, changing nothing", async () => {
    const { learner, backend, ownPublic, ownPrivate, ownUnlisted, followedPublic, followedUnlisted, strangers } =
      await scene();
    const viewer = sessionViewerOf(learner);
    const saved = await execute(
      VISIBILITY,
      { input: { public: true, roadmapIds: [ownPublic.id, followedPublic.id, backend.id] } },
      viewer,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setProfileVisibility.profileRoadmaps.map((roadmap: { id: string }) => roadmap.id)).toEqual([
      ownPublic.id,
      followedPublic.id,
      backend.id,
    ]);

    for (const refused of [strangers, ownPrivate, ownUnlisted, followedUnlisted]) {
      const answer = await execute(
        VISIBILITY,
        { input: { public: false, roadmapIds: [ownPublic.id, refused.id] } },
        viewer,
      );
      expect(errorCodes(answer), refused.slug).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.message).toContain("only public roadmaps of your own or that you follow");
      expect(answer.errors![0]!.message).toContain(refused.id);
    }
    const user = await testDb().user.findUniqueOrThrow({
      where: { id: learner.id },
      select: { profilePublic: true, profileRoadmaps: { orderBy: { position: "asc" }, select: { roadmapId: true } } },
    });
    expect(user.profilePublic).toBe(true);
    expect(user.profileRoadmaps.map((entry) => entry.roadmapId)).toEqual([ownPublic.id, followedPublic.id, backend.id]);
  });
});
