import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/graphql/route";
import {
  loadRoadmapContents,
  type ItemNode,
  type RoadmapContent,
} from "@/server/services/roadmaps/content/roadmap-content";
import { saveBuiltInRoadmap } from "@/server/services/roadmaps/authoring/save-built-in-roadmap";
import { IMPORT_LIMITS, utf8Length } from "@/shared/roadmap-markdown/import-limits";
import { writeRoadmapMarkdown } from "@/shared/roadmap-markdown/write-roadmap-markdown";
import { createSession, createUser, sessionViewerOf } from "@/e2e/support/factories";
import { atByteLimit, atItemLimit, type LimitItem, type LimitRoadmap } from "@/e2e/support/limit-roadmaps";
import { testDb } from "@/e2e/support/test-db";
import { GRAPHQL_LIMITS } from "./limits";

/*
 * A learner's roadmap at the limits, saved over HTTP (through the route
 * handler, its body limit included), exported, and its export saved again: as
 * a new roadmap and over the same one. The same content every time: no item
 * added or retired, the same keys, links as written with their types.
 */

const SAVE = /* GraphQL */ `
  mutation Save($input: SaveRoadmapInput!) {
    saveRoadmap(input: $input) {
      roadmap {
        id
        slug
        itemCount
      }
      added
      moved
      renamed
      retired
      restoredStatuses
    }
  }
`;
const EXPORT = /* GraphQL */ `
  query Export($slug: String!) {
    roadmap(slug: $slug) {
      export(format: MARKDOWN)
      resources {
        url
        kind
        writtenType
      }
    }
  }
`;
const TIMEOUT_MS = 240_000;

async function learner() {
  const user = await createUser(testDb());
  const token = await createSession(testDb(), user.id);
  return { cookie: `authjs.session-token=${token}`, viewer: sessionViewerOf(user) };
}

async function post(cookie: string, query: string, variables: Record<string, unknown>, body?: string) {
  const text = body ?? JSON.stringify({ query, variables });
  const response = await POST(
    new NextRequest("http://localhost/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: text,
    }),
  );
  // Tests read arbitrary response shapes; `any` keeps their assertions readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const answer = (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] };
  return { status: response.status, bodyBytes: utf8Length(text), ...answer };
}

/** Everything the roadmap holds, by key: sections, items with their parents and order, links. */
function contentOf(content: RoadmapContent) {
  const keyOf = new Map(content.items.map((item) => [item.id, item.key]));
  const resources = (list: ItemNode["resources"]) =>
    list.map(({ title, url, kind, writtenType }) => ({ title, url, kind, writtenType }));
  return {
    title: content.roadmap.title,
    description: content.roadmap.description,
    resources: resources(content.resources),
    sections: content.sections.map((section) => ({
      key: section.key,
      title: section.title,
      items: section.allItems.map((item) => ({
        key: item.key,
        title: item.title,
        parent: item.parentId ? keyOf.get(item.parentId) : null,
        position: item.position,
        resources: resources(item.resources),
      })),
    })),
  };
}

function allItems(roadmap: LimitRoadmap): LimitItem[] {
  const all = (item: LimitItem): LimitItem[] => [item, ...item.children.flatMap(all)];
  return roadmap.sections.flatMap((section) => section.items.flatMap(all));
}

async function roundTrip(roadmap: LimitRoadmap, pinKeys: boolean) {
  const { cookie, viewer } = await learner();
  const source = writeRoadmapMarkdown(
    roadmap,
    { statusOf: (item) => (item as LimitItem).status, noteOf: () => null },
    { pinKeys },
  );
  const created = await post(cookie, SAVE, { input: { markdown: source, restoreStatuses: true } });
  expect(created.errors).toBeUndefined();
  const saved = created.data.saveRoadmap;
  expect(saved).toMatchObject({ added: allItems(roadmap).length, retired: 0 });
  expect(saved.roadmap.itemCount).toBe(allItems(roadmap).length);

  const exported = await post(cookie, EXPORT, { slug: saved.roadmap.slug });
  expect(exported.errors).toBeUndefined();
  const markdown = exported.data.roadmap.export as string;
  // Larger than the roadmap's limit: every key pinned, the legend, the statuses.
  expect(utf8Length(markdown)).toBeGreaterThan(IMPORT_LIMITS.markdownBytes);
  // As a new roadmap, statuses restored from the checkboxes.
  const copy = await post(cookie, SAVE, { input: { markdown, restoreStatuses: true } });
  expect(copy.errors).toBeUndefined();
  expect(copy.status).toBe(200);
  expect(copy.bodyBytes).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxBodyBytes);
  expect(copy.data.saveRoadmap).toMatchObject({ added: saved.added, retired: 0 });
  const marked = allItems(roadmap).filter((item) => item.status !== "NOT_STARTED").length;
  expect(copy.data.saveRoadmap.restoredStatuses).toBe(marked);

  // Over the same roadmap: nothing added, moved, renamed or retired.
  const again = await post(cookie, SAVE, { input: { roadmapId: saved.roadmap.id, markdown } });
  expect(again.errors).toBeUndefined();
  expect(again.data.saveRoadmap).toMatchObject({ added: 0, moved: 0, renamed: 0, retired: 0 });

  const [original, imported, resaved] = await loadRoadmapContents(viewer, [
    saved.roadmap.id,
    copy.data.saveRoadmap.roadmap.id,
    saved.roadmap.id,
  ]);
  const content = contentOf(original!);
  expect(contentOf(imported!)).toEqual(content);
  expect(contentOf(resaved!)).toEqual(content);
  // Links as written (one the URL parser would have rewritten), with roadmap.sh's types.
  const links = [...content.resources, ...content.sections.flatMap((s) => s.items.flatMap((i) => i.resources))];
  expect(links.map((link) => link.url)).toContain("https://github.com");
  expect(new Set(links.map((link) => link.writtenType))).toEqual(
    new Set([null, "paper", "guide", "tool", "platform", "dataset", "conference", "standard"]),
  );
  return content;
}

describe("a learner's roadmap at the limits, exported and imported again over HTTP", () => {
  it(
    "at the item limit (5,000 items, the longest keys pinned, exactly 1,000,000 bytes as written)",
    async () => {
      const roadmap = atItemLimit();
      const content = await roundTrip(roadmap, true);
      expect(content.sections.flatMap((section) => section.items.map((item) => item.key))).toEqual(
        allItems(roadmap).map((item) => item.key),
      );
    },
    TIMEOUT_MS,
  );

  it(
    "at the byte limit (a file of exactly 1,000,000 bytes pinning no key, long titles and addresses)",
    async () => {
      const roadmap = atByteLimit();
      expect(utf8Length(writeRoadmapMarkdown(roadmap, undefined, { pinKeys: false }))).toBe(
        IMPORT_LIMITS.markdownBytes,
      );
      await roundTrip(roadmap, false);
    },
    TIMEOUT_MS,
  );

  it(
    "admits a file of the largest size made of the characters JSON escapes dearest, and refuses a larger body with 413",
    async () => {
      const { cookie } = await learner();
      const head = "# Escaped\n\n## S\n\n- [ ] a\n\n";
      // Prose under a section, of control characters: six bytes each in JSON.
      const line = `${"\u0001".repeat(3_999)}\n`;
      const lines = Math.floor((IMPORT_LIMITS.fileBytes - head.length) / line.length);
      const rest = IMPORT_LIMITS.fileBytes - head.length - lines * line.length;
      const markdown = head + line.repeat(lines) + "\u0001".repeat(rest);
      expect(utf8Length(markdown)).toBe(IMPORT_LIMITS.fileBytes);
      const saved = await post(cookie, SAVE, { input: { markdown } });
      // Six bytes for each but the line breaks (two; a line holds at most 4,000 characters).
      expect(saved.bodyBytes).toBeGreaterThan(5.99 * IMPORT_LIMITS.fileBytes);
      expect(saved.errors).toBeUndefined();
      expect(saved.data.saveRoadmap.added).toBe(1);

      const tooLarge = await post(cookie, SAVE, { input: { markdown: `${markdown}${"\u0001".repeat(20_000)}` } });
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.errors![0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    },
    TIMEOUT_MS,
  );

  it("forks a roadmap stored before these limits and now over one as BAD_USER_INPUT naming it, never a server error", async () => {
    // Straight into the database, as content saved before the limits measured the roadmap as written:
    // 2,500 intraword underscores, 7,500 characters once escaped, in one paragraph.
    const saved = await saveBuiltInRoadmap(testDb(), `legacy-${Date.now().toString(36)}`, {
      title: "Legacy",
      description: "a_".repeat(2_500),
      resources: [],
      sections: [{ key: "s", title: "S", items: [{ key: "a", title: "a", line: 1, children: [], resources: [] }] }],
    });
    const { cookie } = await learner();
    const fork = await post(cookie, `mutation($id: ID!) { forkRoadmap(input: { roadmapId: $id }) { id } }`, {
      id: saved.roadmapId,
    });
    expect(fork.errors![0]!.extensions.code).toBe("BAD_USER_INPUT");
    expect(fork.errors![0]!.message).toMatch(/^The roadmap has problems:\nline \d+: this line is longer than 4,000/);
  });
});
