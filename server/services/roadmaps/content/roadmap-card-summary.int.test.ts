import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { errorCodes } from "@/e2e/support/graphql-operations";
import { saveRoadmapAs, savedRoadmap } from "@/e2e/support/own-roadmaps";
import { testDb } from "@/e2e/support/test-db";
import { roadmapCardSummary } from "./roadmap-card-summary";

const MARKDOWN =
  "# Learning Go\n\nMy own plan for Go.\n\n## Basics\n\n- [ ] Install Go\n- [ ] Tour\n\n## Then\n\n- [ ] Channels\n";

describe("a roadmap's link-preview card", () => {
  it("shows a learner's public or unlisted roadmap, by its own slug", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    for (const visibility of ["PUBLIC", "UNLISTED"]) {
      const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, visibility });
      expect(await roadmapCardSummary(roadmap!.slug)).toEqual({
        slug: roadmap!.slug,
        title: "Learning Go",
        description: "My own plan for Go.",
        owner: owner.login,
        ownerLocale: null,
        sectionCount: 2,
        itemCount: 3,
      });
    }
    expect(await roadmapCardSummary("backend")).toMatchObject({ title: "Backend Development Roadmap", owner: null });
  });

  it("carries the owner's saved language, which the card's words follow", async () => {
    const user = await createUser(testDb());
    await testDb().user.update({ where: { id: user.id }, data: { locale: "ar" } });
    const { roadmap } = await savedRoadmap(sessionViewerOf(user), { markdown: MARKDOWN, visibility: "PUBLIC" });
    expect(await roadmapCardSummary(roadmap!.slug)).toMatchObject({ owner: user.login, ownerLocale: "ar" });
  });

  it("shows nothing of a private roadmap, exactly as of one that does not exist", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    const { roadmap } = await savedRoadmap(owner, { markdown: MARKDOWN, slug: "hidden" });
    expect(roadmap!.visibility).toBe("PRIVATE");
    expect(await roadmapCardSummary(roadmap!.slug)).toBeNull();
    expect(await roadmapCardSummary(`${owner.login}/nothing-here`)).toBeNull();
    expect(await roadmapCardSummary("x".repeat(10_000))).toBeNull();
  });

  it("keeps the name opengraph-image for the built-in roadmaps' cards (/roadmaps/<slug>/opengraph-image)", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    expect(errorCodes(await saveRoadmapAs(owner, { markdown: MARKDOWN, slug: "opengraph-image" }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    const { roadmap } = await savedRoadmap(owner, { markdown: "# OpenGraph Image\n\n## A\n\n- [ ] b\n" });
    expect(roadmap!.slug).toBe(`${owner.login}/roadmap`);
  });
});
