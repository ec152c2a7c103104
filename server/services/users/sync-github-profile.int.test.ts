import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { savedRoadmap } from "@/e2e/support/own-roadmaps";
import { testDb } from "@/e2e/support/test-db";
import { syncGithubProfile } from "./sync-github-profile";

describe("a GitHub login that someone else now holds, in another case", () => {
  it("is taken from its previous holder, whose roadmaps leave its addresses", async () => {
    const suffix = Date.now().toString(36);
    const previous = await createUser(testDb(), { login: `OctoCat-${suffix}` });
    const { roadmap } = await savedRoadmap(sessionViewerOf(previous), {
      markdown: "# Plan\n\n## One\n\n- [ ] step\n",
      slug: "plan",
    });
    expect(roadmap!.slug).toBe(`octocat-${suffix}/plan`);

    // GitHub treats OctoCat and octocat as one login: whoever signs in with it now holds it.
    const newcomer = await createUser(testDb());
    await syncGithubProfile(newcomer.id, { login: `octocat-${suffix}`, name: null, avatarUrl: null });

    const users = await testDb().user.findMany({
      where: { id: { in: [previous.id, newcomer.id] } },
      select: { id: true, login: true },
    });
    expect(Object.fromEntries(users.map((user) => [user.id, user.login]))).toEqual({
      [previous.id]: null,
      [newcomer.id]: `octocat-${suffix}`,
    });
    const moved = await testDb().roadmap.findUniqueOrThrow({ where: { id: roadmap!.id }, select: { slug: true } });
    expect(moved.slug).toBe(`~${previous.id}/plan`);
  });
});
