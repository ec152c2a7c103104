import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/graphql/route";
import { createSession, createUser, sessionViewerOf, tokenViewerOf } from "../e2e/support/factories";
import { errorCodes, execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";
import { continueItems, dashboardRoadmaps } from "../server/services/dashboard/dashboard-data";
import { createContext } from "./context";
import { createApolloServer } from "./server";

/*
 * Roadmaps in several languages (issue 25, point 4): a translation holds the
 * original's items by key, so progress, notes and history are shared; its texts
 * and links are its own; roadmap(slug, language) serves it, and without a
 * language the request's (saved locale, cookie, Accept-Language). Only who may
 * edit the roadmap may add one, and a file whose keys do not match is refused
 * with the missing and extra keys and their lines.
 */

const ORIGINAL = `# Git Basics

Learn Git.

## Setup

- [ ] Install Git <!-- key: install -->
  - official: [Git downloads](https://git-scm.com/downloads)
- [ ] Configure your name <!-- key: configure -->
  - [ ] Set an editor <!-- key: editor -->

## Daily work

- [ ] Commit changes <!-- key: commit --> <!-- skill: git -->
  - official: [git-commit](https://git-scm.com/docs/git-commit)
`;

const SPANISH = `# Fundamentos de Git

Aprende Git.

## Preparación

- [ ] Instala Git <!-- key: install -->
  - official: [Descargas de Git](https://git-scm.com/downloads) <!-- lang: en -->
- [ ] Configura tu nombre <!-- key: configure -->
  - [ ] Elige un editor <!-- key: editor -->

## Trabajo diario

- [ ] Haz commits <!-- key: commit -->
  - official: [Pro Git: Guardar cambios](https://git-scm.com/book/es/v2)
`;

const SAVE = `mutation($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { roadmap { id slug } } }`;
const TRANSLATE = `mutation($input: SaveRoadmapTranslationInput!) {
  saveRoadmapTranslation(input: $input) { language title translations { language title missingItems markdown path } }
}`;
const DELETE = `mutation($input: DeleteRoadmapTranslationInput!) { deleteRoadmapTranslation(input: $input) { language translations { language } } }`;
const READ = `query($slug: String!, $language: String) {
  roadmap(slug: $slug, language: $language) {
    id language originalLanguage title description
    sections { title items { id key title status resources { id title url language } children { id title } } }
    translations { language title missingItems }
  }
}`;

async function ownRoadmap(visibility: "PUBLIC" | "PRIVATE" = "PUBLIC") {
  const owner = await createUser(testDb());
  const viewer = sessionViewerOf(owner);
  const saved = await execute(SAVE, { input: { markdown: ORIGINAL, slug: "git-basics", visibility } }, viewer);
  expect(saved.errors).toBeUndefined();
  const { id, slug } = saved.data!.saveRoadmap.roadmap;
  return { owner, viewer, id: id as string, slug: slug as string };
}

describe("roadmap translations", () => {
  it("serves the translation with the original's items, its own texts and links, each link's language", async () => {
    const { viewer, id, slug } = await ownRoadmap();
    const saved = await execute(TRANSLATE, { input: { roadmapId: id, language: "es", markdown: SPANISH } }, viewer);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveRoadmapTranslation).toMatchObject({
      language: "es",
      title: "Fundamentos de Git",
      translations: [{ language: "es", title: "Fundamentos de Git", missingItems: 0, markdown: SPANISH }],
    });
    expect(saved.data!.saveRoadmapTranslation.translations[0].path).toBe(`/roadmaps/${slug}?language=es`);

    const original = (await execute(READ, { slug }, viewer)).data!.roadmap;
    const spanish = (await execute(READ, { slug, language: "es" }, viewer)).data!.roadmap;
    expect(original).toMatchObject({ language: "en", originalLanguage: "en", title: "Git Basics" });
    expect(spanish).toMatchObject({
      id: original.id,
      language: "es",
      originalLanguage: "en",
      title: "Fundamentos de Git",
      description: "Aprende Git.",
    });
    expect(spanish.sections.map((section: { title: string }) => section.title)).toEqual([
      "Preparación",
      "Trabajo diario",
    ]);
    const ids = (roadmap: typeof original) =>
      roadmap.sections.flatMap((section: { items: { id: string }[] }) => section.items.map((item) => item.id));
    expect(ids(spanish)).toEqual(ids(original));
    const [install, configure] = spanish.sections[0].items;
    expect(install.title).toBe("Instala Git");
    expect(install.resources).toEqual([
      expect.objectContaining({ title: "Descargas de Git", url: "https://git-scm.com/downloads", language: "en" }),
    ]);
    expect(configure.children).toEqual([expect.objectContaining({ title: "Elige un editor" })]);
    expect(spanish.sections[1].items[0].resources).toEqual([
      expect.objectContaining({ url: "https://git-scm.com/book/es/v2", language: null }),
    ]);
    // The original's links are in its own language: untagged there.
    expect(original.sections[0].items[0].resources[0].language).toBeNull();

    // node() finds a translated link, as any resource.
    const node = await execute(`query($id: ID!) { node(id: $id) { ... on Resource { id title } } }`, {
      id: install.resources[0].id,
    });
    expect(node.data?.node).toEqual({ id: install.resources[0].id, title: "Descargas de Git" });
  });

  it("shares progress across languages: a status set on the translation's item is the original's", async () => {
    const { viewer, id, slug } = await ownRoadmap();
    await execute(TRANSLATE, { input: { roadmapId: id, language: "es", markdown: SPANISH } }, viewer);
    const spanish = (await execute(READ, { slug, language: "es" }, viewer)).data!.roadmap;
    const item = spanish.sections[1].items[0];
    const set = await execute(
      `mutation($input: SetItemStatusInput!) { setItemStatus(input: $input) { id status } }`,
      { input: { itemId: item.id, status: "DONE" } },
      viewer,
    );
    expect(set.errors).toBeUndefined();
    const original = (await execute(READ, { slug, language: "en" }, viewer)).data!.roadmap;
    expect(original.sections[1].items[0]).toMatchObject({ id: item.id, title: "Commit changes", status: "DONE" });
    expect((await execute(READ, { slug, language: "es" }, viewer)).data!.roadmap.sections[1].items[0].status).toBe(
      "DONE",
    );
  });

  it("refuses a translation whose keys do not match, listing the missing and extra keys with their lines", async () => {
    const { viewer, id, slug } = await ownRoadmap();
    const wrong = SPANISH.replace("<!-- key: editor -->", "<!-- key: editorial -->").replace(
      "- [ ] Instala Git <!-- key: install -->\n  - official: [Descargas de Git](https://git-scm.com/downloads) <!-- lang: en -->\n",
      "",
    );
    const result = await execute(TRANSLATE, { input: { roadmapId: id, language: "es", markdown: wrong } }, viewer);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    const extensions = result.errors![0]!.extensions!;
    expect(extensions.missingKeys).toEqual([
      { key: "install", title: "Install Git", line: 7 },
      { key: "editor", title: "Set an editor", line: 10 },
    ]);
    expect(extensions.extraKeys).toEqual([{ key: "editorial", title: "Elige un editor", line: 8 }]);
    expect(result.errors![0]!.message).toContain("line 8: the key `editorial` is not in the original");
    // Nothing written.
    expect((await execute(READ, { slug, language: "es" }, viewer)).data!.roadmap).toMatchObject({
      language: "en",
      translations: [],
    });
    // A section out of place, a child moved to the top, a skill claim of its own.
    const moved = SPANISH.replace("  - [ ] Elige un editor", "- [ ] Elige un editor").replace(
      "<!-- key: install -->",
      "<!-- key: install --> <!-- skill: docker -->",
    );
    const problems = (await execute(TRANSLATE, { input: { roadmapId: id, language: "es", markdown: moved } }, viewer))
      .errors![0]!.extensions!.problems as { line: number; message: string }[];
    expect(problems.map((problem) => problem.message)).toEqual([
      "skills belong to the original, which claims none here: remove this claim",
      "`editor` belongs under `configure`, as in the original (line 10)",
    ]);
  });

  it("refuses bad languages and malformed files with BAD_USER_INPUT, and a language tag that is not one", async () => {
    const { viewer, id, slug } = await ownRoadmap();
    for (const language of ["en", "fr", "", "x".repeat(500)]) {
      const result = await execute(TRANSLATE, { input: { roadmapId: id, language, markdown: SPANISH } }, viewer);
      expect(errorCodes(result), language).toEqual(["BAD_USER_INPUT"]);
    }
    const broken = await execute(
      TRANSLATE,
      {
        input: {
          roadmapId: id,
          language: "es",
          markdown: `${SPANISH}\n- official: [x](https://a.example) <!-- lang: ?? -->\n`,
        },
      },
      viewer,
    );
    expect(errorCodes(broken)).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await execute(READ, { slug, language: "not a tag" }, viewer))).toEqual(["BAD_USER_INPUT"]);
    const deleteMissing = await execute(DELETE, { input: { roadmapId: id, language: "de" } }, viewer);
    expect(errorCodes(deleteMissing)).toEqual(["BAD_USER_INPUT"]);
  });

  it("is written only by who may edit the roadmap, and read by who may see it", async () => {
    const { owner, viewer, id, slug } = await ownRoadmap("PRIVATE");
    const other = await createUser(testDb());
    const input = { input: { roadmapId: id, language: "es", markdown: SPANISH } };
    expect(errorCodes(await execute(TRANSLATE, input, null))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await execute(TRANSLATE, input, sessionViewerOf(other)))).toEqual(["NOT_FOUND"]);
    for (const scopes of [[], ["READ_PROGRESS"], ["WRITE_PROGRESS"], ["COHORTS"]] as const) {
      expect(errorCodes(await execute(TRANSLATE, input, tokenViewerOf(owner, [...scopes]))), scopes.join()).toEqual([
        "FORBIDDEN",
      ]);
    }
    expect((await execute(TRANSLATE, input, tokenViewerOf(owner, ["WRITE_ROADMAPS"]))).errors).toBeUndefined();
    // Hidden like the roadmap: the other learner cannot tell it exists, in any language.
    expect((await execute(READ, { slug, language: "es" }, sessionViewerOf(other))).data?.roadmap).toBeNull();
    const markdown = await execute(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: `rt:${id}:es:0` },
      sessionViewerOf(other),
    );
    expect(markdown.data?.node).toBeNull();
    // Made public, others read it but may not change or delete it.
    await execute(
      `mutation($input: SetRoadmapVisibilityInput!) { setRoadmapVisibility(input: $input) { id } }`,
      { input: { roadmapId: id, visibility: "PUBLIC" } },
      viewer,
    );
    expect((await execute(READ, { slug, language: "es" }, sessionViewerOf(other))).data?.roadmap.title).toBe(
      "Fundamentos de Git",
    );
    expect(errorCodes(await execute(TRANSLATE, input, sessionViewerOf(other)))).toEqual(["FORBIDDEN"]);
    expect(
      errorCodes(await execute(DELETE, { input: { roadmapId: id, language: "es" } }, sessionViewerOf(other))),
    ).toEqual(["FORBIDDEN"]);
    const deleted = await execute(DELETE, { input: { roadmapId: id, language: "es" } }, viewer);
    expect(deleted.data?.deleteRoadmapTranslation).toEqual({ language: "en", translations: [] });
    expect((await execute(READ, { slug, language: "es" }, viewer)).data?.roadmap.language).toBe("en");
  });

  it("keeps a translation when the original grows: new items show in the original's language, counted as missing", async () => {
    const { viewer, id, slug } = await ownRoadmap();
    await execute(TRANSLATE, { input: { roadmapId: id, language: "es", markdown: SPANISH } }, viewer);
    const grown = `${ORIGINAL}- [ ] Push to a remote <!-- key: push -->\n  - official: [git-push](https://git-scm.com/docs/git-push)\n`;
    expect((await execute(SAVE, { input: { roadmapId: id, markdown: grown } }, viewer)).errors).toBeUndefined();
    const spanish = (await execute(READ, { slug, language: "es" }, viewer)).data!.roadmap;
    expect(spanish.translations).toEqual([{ language: "es", title: "Fundamentos de Git", missingItems: 1 }]);
    expect(spanish.sections[1].items[1]).toMatchObject({
      key: "push",
      title: "Push to a remote",
      resources: [expect.objectContaining({ url: "https://git-scm.com/docs/git-push", language: "en" })],
    });
  });

  it("follows the request's language without an argument: saved locale, else cookie, else Accept-Language", async () => {
    const { viewer, id, slug } = await ownRoadmap();
    await execute(TRANSLATE, { input: { roadmapId: id, language: "es", markdown: SPANISH } }, viewer);
    const server = createApolloServer();
    const titleIn = async (language: string | null) => {
      const response = await server.executeOperation(
        { query: READ, variables: { slug } },
        { contextValue: createContext(null, { language }) },
      );
      if (response.body.kind !== "single") throw new Error("single");
      return (response.body.singleResult.data as { roadmap: { title: string } }).roadmap.title;
    };
    expect(await titleIn("es")).toBe("Fundamentos de Git");
    expect(await titleIn("ja")).toBe("Git Basics");
    expect(await titleIn(null)).toBe("Git Basics");

    // Over HTTP, cached answers included: the language is part of the answer's key.
    const learner = await createUser(testDb());
    const session = await createSession(testDb(), learner.id);
    const query = `{ roadmap(slug: "${slug}") { title language } }`;
    const post = async (headers: Record<string, string>) => {
      const request = new NextRequest("http://localhost/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: new TextEncoder().encode(JSON.stringify({ query })),
      });
      return (await (await POST(request)).json()).data.roadmap;
    };
    for (let round = 0; round < 2; round += 1) {
      expect(await post({ "accept-language": "es-MX,es;q=0.9" })).toEqual({
        title: "Fundamentos de Git",
        language: "es",
      });
      expect(await post({ "accept-language": "en-US" })).toEqual({ title: "Git Basics", language: "en" });
      expect(await post({ cookie: "locale=es", "accept-language": "en" })).toEqual({
        title: "Fundamentos de Git",
        language: "es",
      });
      expect(await post({ cookie: `authjs.session-token=${session}`, "accept-language": "es" })).toEqual({
        title: "Fundamentos de Git",
        language: "es",
      });
    }
    await testDb().user.update({ where: { id: learner.id }, data: { locale: "de" } });
    // The saved locale wins over the header (German: no translation, so the original).
    expect(await post({ cookie: `authjs.session-token=${session}`, "accept-language": "es" })).toEqual({
      title: "Git Basics",
      language: "en",
    });
  });

  it("puts the dashboard's roadmaps and continue list in the page's language", async () => {
    const learner = await createUser(testDb());
    const viewer = sessionViewerOf(learner);
    const item = await testDb().item.findFirstOrThrow({
      where: { roadmap: { slug: "backend" }, key: "learn-git-and-github-or-other-version-control-systems" },
    });
    await execute(
      `mutation($input: SetItemStatusInput!) { setItemStatus(input: $input) { id } }`,
      { input: { itemId: item.id, status: "IN_PROGRESS" } },
      viewer,
    );
    const [spanish] = await dashboardRoadmaps(viewer, "UTC", "es");
    const [english] = await dashboardRoadmaps(viewer, "UTC", null);
    expect(spanish).toMatchObject({ slug: "backend", title: "Ruta de desarrollo backend" });
    expect(english).toMatchObject({ slug: "backend", title: "Backend Development Roadmap" });
    expect(spanish!.completion).toEqual(english!.completion);
    const [continued] = await continueItems(viewer, "ja");
    expect(continued).toMatchObject({ id: item.id, roadmapTitle: "バックエンド開発ロードマップ" });
    expect(continued!.title).not.toBe(item.title);
    // The API's viewer.inProgressItems follows the request's language too.
    const server = createApolloServer();
    const inProgress = async (language: string | null) => {
      const response = await server.executeOperation(
        { query: "{ viewer { inProgressItems { id title } } }" },
        { contextValue: createContext(viewer, { language }) },
      );
      if (response.body.kind !== "single") throw new Error("single");
      return (response.body.singleResult.data as { viewer: { inProgressItems: { id: string; title: string }[] } })
        .viewer.inProgressItems;
    };
    expect(await inProgress("ja")).toEqual([{ id: item.id, title: continued!.title }]);
    expect(await inProgress(null)).toEqual([{ id: item.id, title: item.title }]);
  });

  it("ships the built-in roadmaps in six languages, with the same items", async () => {
    const original = (await execute(READ, { slug: "backend", language: "en" })).data!.roadmap;
    expect(original.translations.map((translation: { language: string }) => translation.language)).toEqual([
      "ar",
      "de",
      "es",
      "ja",
      "pt-BR",
    ]);
    for (const language of ["es", "pt-BR", "de", "ja", "ar"]) {
      const translated = (await execute(READ, { slug: "backend", language })).data!.roadmap;
      expect(translated.language).toBe(language);
      expect(translated.title).not.toBe(original.title);
      expect(translated.translations.every((t: { missingItems: number }) => t.missingItems === 0)).toBe(true);
      const keys = (roadmap: typeof original) =>
        roadmap.sections.flatMap((section: { items: { key: string }[] }) => section.items.map((item) => item.key));
      expect(keys(translated)).toEqual(keys(original));
    }
    // pt asks for Brazilian Portuguese.
    expect((await execute(READ, { slug: "backend", language: "pt" })).data!.roadmap.language).toBe("pt-BR");
  });
});
