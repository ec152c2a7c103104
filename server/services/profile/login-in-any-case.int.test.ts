import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { execute } from "@/e2e/support/graphql-operations";
import { testDb } from "@/e2e/support/test-db";
import { setItemStatus } from "../progress/set-item-status";
import { badgeCompletion } from "./badge-completion";
import { publicProfile } from "./public-profile";
import { setProfileVisibility } from "./set-profile-visibility";

/*
 * GitHub logins ignore case, and so do Waymark's addresses: a profile, its
 * card and its badges answer a login written in any case, with the login as
 * GitHub writes it; a profile that is not public stays null in every case.
 */

async function learnerWithPublicProfile() {
  const user = await createUser(testDb(), { login: `Mixed-Case-${Date.now().toString(36)}` });
  const backend = await testDb().roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
  // A profile shows roadmaps the learner follows: one status set on it.
  await setItemStatus(sessionViewerOf(user), {
    itemId: (await testDb().item.findFirstOrThrow({ where: { roadmapId: backend.id }, select: { id: true } })).id,
    status: "DONE",
  });
  await setProfileVisibility(sessionViewerOf(user), { public: true, roadmapIds: [backend.id], timeZone: "UTC" });
  return user as { id: string; login: string };
}

describe("logins in any case", () => {
  it("find a public profile, its badge, and the GraphQL profile, with the login as GitHub writes it", async () => {
    const user = await learnerWithPublicProfile();
    for (const login of [user.login, user.login.toLowerCase(), user.login.toUpperCase()]) {
      expect((await publicProfile(login))?.login, login).toBe(user.login);
      expect((await badgeCompletion(login, "backend"))?.title, login).toBe("Backend Development Roadmap");
      const answer = await execute(`query($login: String!) { profile(login: $login) { login url } }`, { login });
      expect(answer.data?.profile, login).toEqual({ login: user.login, url: `/u/${user.login}` });
    }
  });

  it("find nothing for a profile that is not public, in any case, as for a login nobody has", async () => {
    const user = await createUser(testDb(), { login: `Private-Case-${Date.now().toString(36)}` });
    for (const login of [user.login!, user.login!.toLowerCase(), `${user.login}-nobody`]) {
      expect(await publicProfile(login)).toBeNull();
      expect(await badgeCompletion(login, "backend")).toBeNull();
    }
  });

  it("take no pattern: an underscore in a login matches only an underscore", async () => {
    const user = await learnerWithPublicProfile();
    const pattern = `${user.login.slice(0, -1)}_`;
    expect(await publicProfile(pattern)).toBeNull();
  });
});
