import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TokenScope } from "../../db/generated/enums";
import { createUser, sessionViewerOf, tokenViewerOf } from "../../../e2e/support/factories";
import { errorCodes, execute } from "../../../e2e/support/graphql-operations";
import { savedRoadmap } from "../../../e2e/support/own-roadmaps";
import { testDb } from "../../../e2e/support/test-db";
import type { Viewer } from "../viewer";

/*
 * Query.skillSuggestions: by title and by link, drawn only from PUBLIC roadmaps
 * and the asker's own. Another learner's PRIVATE and UNLISTED roadmaps never
 * show: not their skills, not their items' titles, not by link, not even when
 * the public catalogue holds the skill's name (a roadmap made private since).
 */

const SUGGEST = /* GraphQL */ `
  query ($title: String!, $urls: [String!]) {
    skillSuggestions(title: $title, urls: $urls) {
      name
      title
      reasons
      sharedLinks
      example {
        itemTitle
        roadmapTitle
        roadmapPath
      }
    }
  }
`;

interface Suggestion {
  name: string;
  title: string;
  reasons: string[];
  sharedLinks: number;
  example: { itemTitle: string; roadmapTitle: string; roadmapPath: string };
}

// Letters only: one word, unlike any other test's, so the shared database's other skills never match.
const word = `zq${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;
const link = (path: string) => `https://example.com/${word}/${path}`;

const SCOPE_SETS: TokenScope[][] = [
  ["READ_PROGRESS"],
  ["WRITE_PROGRESS"],
  ["WRITE_ROADMAPS"],
  ["COHORTS"],
  ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS", "COHORTS"],
];

let author: Viewer;
let other: Viewer;
let authorUser: Awaited<ReturnType<typeof createUser>>;
let otherUser: Awaited<ReturnType<typeof createUser>>;
let publicPath: string;

async function suggest(viewer: Viewer | null, title: string, urls?: string[]) {
  const result = await execute<{ skillSuggestions: Suggestion[] }>(SUGGEST, { title, urls }, viewer);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.skillSuggestions;
}

beforeAll(async () => {
  authorUser = await createUser(testDb());
  otherUser = await createUser(testDb());
  author = sessionViewerOf(authorUser);
  other = sessionViewerOf(otherUser);
  const shared = await savedRoadmap(other, {
    visibility: "PUBLIC",
    markdown: `# Public ${word} path\n\n## Tools\n\n- [ ] Using ${word} tool daily <!-- skill: ${word}-tool -->\n  - official: [Docs](${link("docs")})\n- [ ] Gone item <!-- key: gone --> <!-- skill: ${word}-gone -->\n  - [Old](${link("gone")})\n`,
  });
  publicPath = shared.roadmap!.path;
  // A retired item never suggests its skill.
  await savedRoadmap(other, {
    roadmapId: shared.roadmap!.id,
    markdown: `# Public ${word} path\n\n## Tools\n\n- [ ] Using ${word} tool daily <!-- skill: ${word}-tool -->\n  - official: [Docs](${link("docs")})\n`,
  });
  for (const visibility of ["PRIVATE", "UNLISTED"] as const) {
    const lower = visibility.toLowerCase();
    await savedRoadmap(other, {
      visibility,
      markdown: `# OTHER-SECRET ${lower} roadmap\n\n## Hidden\n\n- [ ] OTHER-SECRET ${word} ${lower} item <!-- skill: ${word}-${lower} -->\n  - [Secret](${link(lower)})\n  - [Docs](${link("docs")})\n`,
    });
  }
  await savedRoadmap(author, {
    markdown: `# Mine\n\n## Mine\n\n- [ ] My ${word} mine notes <!-- skill: ${word}-mine -->\n  - [Mine](${link("mine")})\n`,
  });
  // The catalogue is public (record-skills.ts): a skill of a roadmap made private since may be in it.
  await testDb().$executeRaw`
    INSERT INTO "Skill" ("name", "title") VALUES (${`${word}-private`}, ${`${word} private`}) ON CONFLICT DO NOTHING`;
});

describe("skillSuggestions", () => {
  it("suggests a public roadmap's skill by a run of the title's words, with an item that claims it", async () => {
    const suggestions = await suggest(author, `Getting started with ${word} tool`);
    const tool = suggestions.find((suggestion) => suggestion.name === `${word}-tool`);
    expect(tool).toMatchObject({
      // The catalogue's title: the first public item that claimed it.
      title: `Using ${word} tool daily`,
      reasons: ["TITLE"],
      sharedLinks: 0,
      example: { itemTitle: `Using ${word} tool daily`, roadmapTitle: `Public ${word} path`, roadmapPath: publicPath },
    });
  });

  it("suggests by link, a trailing slash aside, counting only items the viewer may see", async () => {
    const suggestions = await suggest(author, "Something else entirely", [`${link("docs")}/`]);
    expect(suggestions.map((suggestion) => suggestion.name)).toEqual([`${word}-tool`]);
    expect(suggestions[0]).toMatchObject({ reasons: ["LINK"], sharedLinks: 1 });
  });

  it("suggests the viewer's own private roadmap's skills to them, and to nobody else", async () => {
    const title = `Writing ${word} mine`;
    expect((await suggest(author, title, [link("mine")])).map((s) => s.name)).toContain(`${word}-mine`);
    for (const viewer of [other, null]) {
      expect((await suggest(viewer, title, [link("mine")])).map((s) => s.name)).not.toContain(`${word}-mine`);
    }
  });

  it("never draws on another learner's private or unlisted roadmap, with any token or signed out", async () => {
    const callers: (Viewer | null)[] = [author, null, ...SCOPE_SETS.map((scopes) => tokenViewerOf(authorUser, scopes))];
    for (const viewer of callers) {
      for (const lower of ["private", "unlisted"]) {
        const result = await execute(
          SUGGEST,
          { title: `OTHER-SECRET ${word} ${lower} item`, urls: [link(lower), link("docs")] },
          viewer,
        );
        const text = JSON.stringify(result);
        expect(result.errors).toBeUndefined();
        expect(text).not.toContain("OTHER-SECRET");
        expect(text).not.toContain(`${word}-${lower}`);
        // The public item sharing the docs link counts once: the hidden ones sharing it are not counted.
        const tool = (result.data!.skillSuggestions as Suggestion[]).find((s) => s.name === `${word}-tool`);
        expect(tool?.sharedLinks).toBe(1);
      }
    }
  });

  it("leaves out retired items' skills", async () => {
    const suggestions = await suggest(author, `Gone ${word} gone`, [link("gone")]);
    expect(suggestions.map((s) => s.name)).not.toContain(`${word}-gone`);
  });

  it("shows the owner's own skills to their tokens of every scope", async () => {
    for (const scopes of SCOPE_SETS) {
      const names = (await suggest(tokenViewerOf(authorUser, scopes), `${word} mine`)).map((s) => s.name);
      expect(names).toContain(`${word}-mine`);
    }
  });

  it("refuses input past its bounds as BAD_USER_INPUT", async () => {
    const long = await execute(SUGGEST, { title: "x".repeat(301) }, author);
    expect(errorCodes(long)).toEqual(["BAD_USER_INPUT"]);
    const many = await execute(
      SUGGEST,
      { title: "git", urls: Array.from({ length: 21 }, (_, i) => link(`${i}`)) },
      author,
    );
    expect(errorCodes(many)).toEqual(["BAD_USER_INPUT"]);
    const huge = await execute(SUGGEST, { title: "git", urls: [`https://example.com/${"a".repeat(2048)}`] }, author);
    expect(errorCodes(huge)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers nothing for an empty title and no links, and ignores addresses that are not links", async () => {
    expect(await suggest(author, "  ")).toEqual([]);
    expect(await suggest(author, "", ["javascript:alert(1)", "ftp://example.com"])).toEqual([]);
  });

  it("keeps to its statement count whatever the input", async () => {
    const { countStatements } = await import("../../../e2e/support/statement-count");
    const statements = await countStatements(() =>
      suggest(
        author,
        `${word} tool ${"word ".repeat(55)}`.slice(0, 300),
        Array.from({ length: 10 }, (_, i) => link(`${i}`)),
      ),
    );
    expect(statements).toBeLessThanOrEqual(4);
  });
});
