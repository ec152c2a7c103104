import { describe, expect, it } from "vitest";
import { setItemStatus } from "@/server/services/progress/set-item-status";
import { saveBuiltInRoadmap } from "@/server/services/roadmaps/authoring/save-built-in-roadmap";
import { parseRoadmapMarkdown } from "@/shared/roadmap-markdown/parse-roadmap-markdown";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { execute } from "@/e2e/support/graphql-operations";
import { testDb } from "@/e2e/support/test-db";
import { dashboardRoadmaps } from "./dashboard-data";
import { countStatements } from "@/e2e/support/statement-count";

/*
 * Issue 21: a learner's dashboard costs the same number of statements however
 * many roadmaps they follow (the burn-ups of all of them are one statement, on
 * the page and through the API), and its figures are each roadmap's own.
 */

const FOLLOWED = `query($zone: String!) { viewer { followedRoadmaps { slug history(days: 30, timeZone: $zone) { date finished total } } } }`;

/** A learner who finished `done` items on each of `count` new roadmaps of three items. */
async function learnerFollowing(count: number, done: (index: number) => number) {
  const viewer = sessionViewerOf(await createUser(testDb()));
  const slugs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const slug = `followed-${Date.now().toString(36)}-${index}-${Math.random().toString(36).slice(2, 6)}`;
    await saveBuiltInRoadmap(
      testDb(),
      slug,
      parseRoadmapMarkdown(`# R${index}\n\n## S\n\n- [ ] A\n- [ ] B\n- [ ] C\n`),
    );
    const items = await testDb().item.findMany({ where: { roadmap: { slug } }, orderBy: { position: "asc" } });
    for (const item of items.slice(0, done(index))) await setItemStatus(viewer, { itemId: item.id, status: "DONE" });
    slugs.push(slug);
  }
  return { viewer, slugs };
}

describe("the dashboard at any number of followed roadmaps", () => {
  it("costs the same statements for 2 and for 12 roadmaps, on the page and through the API", async () => {
    const few = await learnerFollowing(2, () => 1);
    const many = await learnerFollowing(12, () => 1);
    const page = async (viewer: typeof few.viewer) => countStatements(() => dashboardRoadmaps(viewer, "Europe/Paris"));
    expect(await page(many.viewer)).toBe(await page(few.viewer));
    const api = async (viewer: typeof few.viewer) =>
      countStatements(() => execute(FOLLOWED, { zone: "Europe/Paris" }, viewer));
    expect(await api(many.viewer)).toBe(await api(few.viewer));
  });

  it("gives each roadmap its own burn-up, in the learner's zone", async () => {
    const { viewer, slugs } = await learnerFollowing(3, (index) => index + 1);
    const roadmaps = await dashboardRoadmaps(viewer, "Asia/Tokyo");
    const finishedBySlug = new Map(roadmaps.map((roadmap) => [roadmap.slug, roadmap.history.at(-1)?.finished]));
    expect(slugs.map((slug) => finishedBySlug.get(slug))).toEqual([1, 2, 3]);
    for (const roadmap of roadmaps) {
      expect(roadmap.history.at(-1)?.finished).toBe(roadmap.completion.done + roadmap.completion.skipped);
      expect(roadmap.history[0]).toMatchObject({ finished: 0, total: 3 });
    }
    const api = await execute(FOLLOWED, { zone: "Asia/Tokyo" }, viewer);
    expect(api.errors).toBeUndefined();
    const followed = (api.data as { viewer: { followedRoadmaps: { slug: string; history: { finished: number }[] }[] } })
      .viewer.followedRoadmaps;
    expect(slugs.map((slug) => followed.find((roadmap) => roadmap.slug === slug)?.history.at(-1)?.finished)).toEqual([
      1, 2, 3,
    ]);
    // Most recently active first: the last roadmap ticked leads.
    expect(followed.slice(0, 3).map((roadmap) => roadmap.slug)).toEqual([...slugs].reverse());
  });
});
