import { afterEach, describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "@/e2e/support/factories";
import { execute } from "@/e2e/support/graphql-operations";
import { testDb } from "@/e2e/support/test-db";
import { onQuery } from "@/server/db/client";
import { loadRoadmapContents, loadRoadmapSummaries } from "@/server/services/roadmaps/content/roadmap-content";
import type { Viewer } from "@/server/services/viewer";

/*
 * A save's (and an import's) answer names the roadmap from its row alone
 * (loaders.summary), building no tree unless the answer asks for items: it must
 * be the roadmap a read gives, field for field, and refuse what a read refuses.
 */

const MARKDOWN =
  "# Learning Go\n\nMy own plan.\n\n## Basics\n\n- [ ] Install Go\n  - [ ] On Linux\n- [ ] Tour [docs](https://go.dev/tour)\n";
const SPANISH =
  "# Aprender Go\n\nMi plan.\n\n## Bases\n\n- [ ] Instalar Go <!-- key: install-go -->\n  - [ ] En Linux <!-- key: on-linux -->\n" +
  "- [ ] Tour <!-- key: tour-docs --> [docs](https://go.dev/tour)\n";

// Every field of Roadmap that a save's answer may ask for, the tree's included.
const FIELDS = `id slug title description visibility owner isFork path viewerCanEdit language originalLanguage
  itemCount translations { language title missingItems }
  forkedFrom { id slug title owner }
  sections { id title position items { key title children { key title } } }
  items { key title skill { name } resources { title url kind } }
  resources { title url }`;
const SAVE = `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { ${FIELDS} } } }`;
const READ = `query($slug: String!) { roadmap(slug: $slug) { ${FIELDS} } }`;
const TRANSLATE = `mutation($input: SaveRoadmapTranslationInput!) { saveRoadmapTranslation(input: $input) { language } }`;
const FORK = `mutation($input: ForkRoadmapInput!) { forkRoadmap(input: $input) { ${FIELDS} } }`;
const VISIBILITY = `mutation($input: SetRoadmapVisibilityInput!) { setRoadmapVisibility(input: $input) { ${FIELDS} } }`;

async function saved(viewer: Viewer, input: Record<string, unknown>) {
  const result = await execute<{ saveRoadmap: { roadmap: Record<string, unknown> & { id: string; slug: string } } }>(
    SAVE,
    { input },
    viewer,
  );
  if (!result.data?.saveRoadmap) throw new Error(JSON.stringify(result.errors));
  return result.data.saveRoadmap.roadmap;
}

/** Saves asking only for the roadmap's address: no tree of it is built. */
async function savedAddress(viewer: Viewer, input: Record<string, unknown>) {
  const result = await execute<{ saveRoadmap: { roadmap: { id: string; slug: string } } }>(
    `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { id slug } } }`,
    { input },
    viewer,
  );
  if (!result.data?.saveRoadmap) throw new Error(JSON.stringify(result.errors));
  return result.data.saveRoadmap.roadmap;
}

async function read(viewer: Viewer, slug: string) {
  const result = await execute<{ roadmap: Record<string, unknown> }>(READ, { slug }, viewer);
  if (!result.data?.roadmap) throw new Error(JSON.stringify(result.errors));
  return result.data.roadmap;
}

let stopListening: (() => void) | null = null;
afterEach(() => stopListening?.());

describe("the roadmap a save's answer names", () => {
  it("is the roadmap a read gives, field for field: new, saved again, translated, forked, unlisted", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    const created = await saved(owner, { markdown: MARKDOWN, visibility: "PUBLIC" });
    expect(JSON.stringify(created)).toBe(JSON.stringify(await read(owner, created.slug)));

    const translated = await execute(
      TRANSLATE,
      { input: { roadmapId: created.id, language: "es", markdown: SPANISH } },
      owner,
    );
    expect(JSON.stringify(translated.errors)).toBeUndefined();
    const again = await saved(owner, { roadmapId: created.id, markdown: `${MARKDOWN}- [ ] Modules\n` });
    expect(again.translations).toEqual([{ language: "es", title: "Aprender Go", missingItems: 1 }]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(await read(owner, created.slug)));

    const learner = sessionViewerOf(await createUser(testDb()));
    const fork = await execute<{ forkRoadmap: Record<string, unknown> & { id: string; slug: string } }>(
      FORK,
      { input: { roadmapId: created.id } },
      learner,
    );
    expect(JSON.stringify(fork.data!.forkRoadmap)).toBe(
      JSON.stringify(await read(learner, fork.data!.forkRoadmap.slug)),
    );
    const forked = await saved(learner, { roadmapId: fork.data!.forkRoadmap.id, markdown: `${MARKDOWN}- [ ] Mine\n` });
    expect(forked).toMatchObject({ isFork: true, forkedFrom: { id: created.id } });
    expect(JSON.stringify(forked)).toBe(JSON.stringify(await read(learner, forked.slug)));

    const unlisted = await execute<{ setRoadmapVisibility: Record<string, unknown> }>(
      VISIBILITY,
      { input: { roadmapId: created.id, visibility: "UNLISTED" } },
      owner,
    );
    expect(unlisted.data!.setRoadmapVisibility).toMatchObject({ visibility: "UNLISTED" });
    expect(JSON.stringify(unlisted.data!.setRoadmapVisibility)).toBe(JSON.stringify(await read(owner, created.slug)));
  });

  it("reads the roadmap's row, not its tree, when the answer asks only for its address", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    const created = await savedAddress(owner, { markdown: MARKDOWN });
    const sent: string[] = [];
    stopListening = onQuery(({ query }) => sent.push(query));
    const result = await execute<{ saveRoadmap: { roadmap: { id: string; path: string } } }>(
      `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { id path } } }`,
      { input: { roadmapId: created.id, markdown: `${MARKDOWN}- [ ] More\n` } },
      owner,
    );
    expect(result.data!.saveRoadmap.roadmap).toEqual({ id: created.id, path: `/roadmaps/${created.slug}` });
    // The tree's statements read every section, item and resource of the roadmap.
    expect(sent.filter((query) => /FROM "Resource" r WHERE r\."roadmapId" = ANY/.test(query))).toEqual([]);
  });
});

describe("loadRoadmapSummaries", () => {
  it("gives each content's roadmap, before and after its tree is built, and null wherever the content is null", async () => {
    const owner = sessionViewerOf(await createUser(testDb()));
    const stranger = sessionViewerOf(await createUser(testDb()));
    const mine = await savedAddress(owner, { markdown: MARKDOWN });
    const shared = await savedAddress(owner, { markdown: MARKDOWN, slug: "shared", visibility: "UNLISTED" });
    const builtIn = (await testDb().roadmap.findUniqueOrThrow({ where: { slug: "backend" } })).id;
    const ids = [mine.id, shared.id, builtIn, "no-such-roadmap"];
    for (const viewer of [owner, stranger, null]) {
      // The first time round no tree of the learner's two is built (the saves asked for none).
      const summaries = await loadRoadmapSummaries(viewer, ids);
      const contents = await loadRoadmapContents(viewer, ids);
      expect(summaries).toEqual(contents.map((content) => content?.roadmap ?? null));
      // The trees are built now, and the summaries come from them.
      expect(await loadRoadmapSummaries(viewer, ids)).toEqual(summaries);
    }
    expect((await loadRoadmapSummaries(stranger, ids)).map((summary) => summary?.id ?? null)).toEqual([
      null,
      shared.id,
      builtIn,
      null,
    ]);
  });
});
