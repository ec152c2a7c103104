import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../../../e2e/support/factories";
import { savedRoadmap } from "../../../e2e/support/own-roadmaps";
import { testDb } from "../../../e2e/support/test-db";
import { loadSkillPage } from "./load-skill-page";

/* /skills/<name>'s data: the skill, the viewer's status and its source, and the roadmaps teaching it. */

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const FIRST = { first: 20, after: null };

async function claiming(viewer: ReturnType<typeof sessionViewerOf>, visibility: string, skill: string) {
  const title = unique("Roadmap");
  const saved = await savedRoadmap(viewer, {
    markdown: `# ${title}\n\n## S\n\n- [ ] Learn it <!-- skill: ${skill} -->\n`,
    visibility,
  });
  const item = await testDb().item.findFirstOrThrow({ where: { roadmapId: saved.roadmap!.id }, select: { id: true } });
  return { id: saved.roadmap!.id, slug: saved.roadmap!.slug, title, itemId: item.id };
}

describe("loadSkillPage", () => {
  it("gives the status with its source while the viewer may see it, and null for a name nobody claims", async () => {
    const a = await createUser(testDb());
    const b = await createUser(testDb());
    const skill = unique("skill");
    const open = await claiming(sessionViewerOf(a), "PUBLIC", skill);
    const bOwn = await claiming(sessionViewerOf(b), "PUBLIC", skill);
    await testDb().skillProgress.create({
      data: { userId: a.id, skill, status: "DONE", updatedAt: new Date("2026-11-03T10:00:00Z"), itemId: bOwn.itemId },
    });

    const page = await loadSkillPage(sessionViewerOf(a), skill, FIRST);
    expect(page!.status).toMatchObject({ status: "DONE", itemId: bOwn.itemId });
    expect(page!.source).toEqual({
      itemId: bOwn.itemId,
      itemKey: "learn-it",
      itemTitle: "Learn it",
      roadmapSlug: bOwn.slug,
      roadmapTitle: bOwn.title,
    });
    expect(page!.items.edges.map((edge) => edge.node.itemId).sort()).toEqual([open.itemId, bOwn.itemId].sort());

    // B makes the source roadmap private: A keeps the status, without a source that would reveal it.
    await testDb().roadmap.update({ where: { id: bOwn.id }, data: { visibility: "PRIVATE" } });
    const hidden = await loadSkillPage(sessionViewerOf(a), skill, FIRST);
    expect(hidden!.status).toMatchObject({ status: "DONE" });
    expect(hidden!.source).toBeNull();
    expect(hidden!.items.edges.map((edge) => edge.node.itemId)).toEqual([open.itemId]);

    // Signed out: no status; a name nobody claims: no page.
    expect((await loadSkillPage(null, skill, FIRST))!.status).toBeNull();
    expect(await loadSkillPage(sessionViewerOf(a), unique("nobody"), FIRST)).toBeNull();
  });
});
