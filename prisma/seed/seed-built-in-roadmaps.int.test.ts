import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createUser } from "../../e2e/support/factories";
import { readChecklistLines } from "../../e2e/support/roadmap-source";
import { testDb } from "../../e2e/support/test-db";
import { loadRoadmapContents, type ItemNode } from "../../server/services/roadmaps/content/roadmap-content";
import { parseRoadmapMarkdown } from "../../shared/roadmap-markdown/parse-roadmap-markdown";
import { writeRoadmapMarkdown } from "../../shared/roadmap-markdown/write-roadmap-markdown";
import { saveBuiltInRoadmap } from "../../server/services/roadmaps/authoring/save-built-in-roadmap";
import { seedBuiltInRoadmaps } from "./seed-built-in-roadmaps";

async function backend() {
  const roadmap = await testDb().roadmap.findUniqueOrThrow({ where: { slug: "backend" }, select: { id: true } });
  const [content] = await loadRoadmapContents(null, [roadmap.id]);
  return content!;
}

function tree(items: ItemNode[], depth = 0): { depth: number; text: string }[] {
  return items.flatMap((item) => [{ depth, text: item.title }, ...tree(item.children, depth + 1)]);
}

async function snapshot() {
  const client = testDb();
  return {
    roadmaps: await client.roadmap.findMany({ orderBy: { id: "asc" } }),
    sections: await client.section.findMany({ orderBy: { id: "asc" } }),
    items: await client.item.findMany({ orderBy: { id: "asc" } }),
    resources: await client.resource.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("the seeded Backend roadmap", () => {
  it("holds all 15 sections and 44 items of the original seed roadmap, in order, with the same text", async () => {
    const content = await backend();
    const source = readChecklistLines();
    expect(content.sections.map((section) => section.title)).toEqual(source.map((section) => section.title));
    expect(content.sections.map((section) => tree(section.items))).toEqual(source.map((section) => section.items));
    expect(content.items).toHaveLength(44);
    expect(content.sections).toHaveLength(15);
  });

  it("gives every item one to three resources, official documentation first where it exists", async () => {
    const content = await backend();
    for (const item of content.items) {
      expect(item.resources.length, item.title).toBeGreaterThanOrEqual(1);
      expect(item.resources.length, item.title).toBeLessThanOrEqual(3);
      for (const resource of item.resources) expect(resource.url).toMatch(/^https:\/\//);
    }
    const rdbms = content.items.find((item) => item.title.startsWith("Explore relational database management"))!;
    expect(rdbms.resources[0]).toMatchObject({ kind: "OFFICIAL", url: "https://www.postgresql.org/docs/current/" });
    const http = content.items.find((item) => item.title.startsWith("Understand how HTTP works"))!;
    expect(http.resources[0]!.url).toContain("developer.mozilla.org");
  });

  it("is idempotent: seeding again changes no row and leaves progress alone", async () => {
    const client = testDb();
    const user = await createUser(client);
    const content = await backend();
    const item = content.items[3]!;
    await client.progress.create({
      data: { userId: user.id, itemId: item.id, roadmapId: content.roadmap.id, status: "DONE" },
    });
    const before = await snapshot();

    const [result] = await seedBuiltInRoadmaps(client);

    expect(result).toEqual({ slug: "backend", skipped: "unchanged" });
    expect(await snapshot()).toEqual(before);
    expect(
      await client.progress.findMany({ where: { userId: user.id }, select: { itemId: true, status: true } }),
    ).toEqual([{ itemId: item.id, status: "DONE" }]);
  });
});

describe("the seeded Frontend and DevOps roadmaps", () => {
  it("are built in and public, and share skills with Backend: Git is claimed once on each", async () => {
    const client = testDb();
    const roadmaps = await client.roadmap.findMany({
      where: { slug: { in: ["backend", "frontend", "devops"] } },
      select: { slug: true, ownerId: true, visibility: true, seedHash: true },
      orderBy: { slug: "asc" },
    });
    expect(roadmaps.map(({ slug, ownerId, visibility }) => ({ slug, ownerId, visibility }))).toEqual([
      { slug: "backend", ownerId: null, visibility: "PUBLIC" },
      { slug: "devops", ownerId: null, visibility: "PUBLIC" },
      { slug: "frontend", ownerId: null, visibility: "PUBLIC" },
    ]);
    for (const roadmap of roadmaps) expect(roadmap.seedHash, roadmap.slug).toMatch(/^[0-9a-f]{64}$/);
    const git = await client.item.findMany({
      where: { skill: "git", roadmap: { slug: { in: ["backend", "frontend", "devops"] } } },
      select: { roadmap: { select: { slug: true } } },
    });
    expect(git.map((item) => item.roadmap.slug).sort()).toEqual(["backend", "devops", "frontend"]);
  });
});

describe("seeding a changed built-in file", () => {
  it("updates the roadmap, keeping progress; after an admin's import, leaves it alone", async () => {
    const client = testDb();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-seed-"));
    const roadmaps = [{ slug: `seed-${Date.now()}`, file: "tools.md" }];
    const write = (text: string) => fs.writeFileSync(path.join(root, "tools.md"), text);
    const version = async () =>
      (await client.roadmap.findUniqueOrThrow({ where: { slug: roadmaps[0]!.slug } })).contentVersion;
    try {
      write("# Tools\n\n## Basics\n\n- [ ] Learn Git\n- [ ] Learn SQL\n");
      const [created] = await seedBuiltInRoadmaps(client, { root, roadmaps });
      expect(created).toMatchObject({ created: true });
      expect(await seedBuiltInRoadmaps(client, { root, roadmaps })).toEqual([
        { slug: roadmaps[0]!.slug, skipped: "unchanged" },
      ]);

      const before = await version();
      write("# Tools\n\n## Basics\n\n- [ ] Learn Git\n- [ ] Learn SQL\n- [ ] Learn Docker\n");
      const [changed] = await seedBuiltInRoadmaps(client, { root, roadmaps });
      expect(changed).toMatchObject({ created: false, changes: { items: 1 } });
      expect(await version()).toBe(before + 1);

      // An admin imports their own version: the seed no longer touches it.
      await client.roadmap.update({ where: { slug: roadmaps[0]!.slug }, data: { seedHash: null } });
      write("# Tools\n\n## Basics\n\n- [ ] Only this\n");
      expect(await seedBuiltInRoadmaps(client, { root, roadmaps })).toEqual([
        { slug: roadmaps[0]!.slug, skipped: "imported by an admin" },
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("re-importing a roadmap", () => {
  const v1 = "# Tools\n\n## Basics\n\n- [ ] Learn Git\n- [ ] Learn SQL <!-- key: sql -->\n  - [ ] Joins\n";

  it("keeps progress on items it still has, follows pinned keys, and retires what is gone", async () => {
    const client = testDb();
    const slug = `reimport-${Date.now()}`;
    const first = await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(v1));
    const items = await client.item.findMany({
      where: { roadmapId: first.roadmapId },
      select: { id: true, key: true },
    });
    const idOf = (key: string) => items.find((item) => item.key === key)!.id;
    const user = await createUser(client);
    await client.progress.createMany({
      data: ["learn-git", "sql", "joins"].map((key) => ({
        userId: user.id,
        itemId: idOf(key),
        roadmapId: first.roadmapId,
        status: "DONE" as const,
      })),
    });

    // "Learn SQL" reworded (its pinned key keeps it), "Joins" dropped, a new item added.
    const v2 = "# Tools\n\n## Basics\n\n- [ ] Learn Git\n- [ ] Learn SQL well <!-- key: sql -->\n- [ ] Learn Docker\n";
    const second = await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(v2));

    expect(second).toMatchObject({ roadmapId: first.roadmapId, created: false, changes: { items: 2, retired: 1 } });
    const [content] = await loadRoadmapContents(null, [first.roadmapId]);
    expect(content!.items.map((item) => [item.key, item.title])).toEqual([
      ["learn-git", "Learn Git"],
      ["sql", "Learn SQL well"],
      ["learn-docker", "Learn Docker"],
    ]);
    expect(content!.items.find((item) => item.key === "sql")!.id).toBe(idOf("sql"));
    // Progress is never deleted, even on the retired item.
    expect(await client.progress.count({ where: { userId: user.id } })).toBe(3);

    // Bringing the item back revives the same row, with its progress.
    await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(v1));
    const [revived] = await loadRoadmapContents(null, [first.roadmapId]);
    expect(revived!.items.find((item) => item.key === "joins")!.id).toBe(idOf("joins"));
  });
});

describe("skill claims", () => {
  it("are stored on their items, changed and removed by a new version, and a same draft writes nothing", async () => {
    const client = testDb();
    const slug = `skills-${Date.now()}`;
    const skills = async (roadmapId: string) =>
      Object.fromEntries(
        (
          await client.item.findMany({
            where: { roadmapId },
            select: { key: true, skill: true },
            orderBy: { key: "asc" },
          })
        ).map((item) => [item.key, item.skill]),
      );
    const v1 =
      "# Tools\n\n## Basics\n\n- [ ] Learn Git <!-- skill: git -->\n- [ ] Learn SQL <!-- skill: sql -->\n- [ ] Vim\n";
    const first = await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(v1));
    expect(await skills(first.roadmapId)).toEqual({ "learn-git": "git", "learn-sql": "sql", vim: null });
    expect((await loadRoadmapContents(null, [first.roadmapId]))[0]!.items.map((item) => item.skill)).toEqual([
      "git",
      "sql",
      null,
    ]);

    // The export (and a fork, which copies it) writes the claims back.
    const [content] = await loadRoadmapContents(null, [first.roadmapId]);
    const exported = parseRoadmapMarkdown(writeRoadmapMarkdown({ ...content!.roadmap, ...content! }));
    expect(exported.sections[0]!.items.map((item) => item.skill)).toEqual(["git", "sql", undefined]);

    const again = await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(v1));
    expect(again.changes).toEqual({ sections: 0, items: 0, retired: 0, resources: 0 });

    // Git's claim renamed, SQL's removed, Vim's added: three items change, none is retired.
    const v2 =
      "# Tools\n\n## Basics\n\n- [ ] Learn Git <!-- skill: version-control -->\n- [ ] Learn SQL\n- [ ] Vim <!-- skill: terminal -->\n";
    const second = await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(v2));
    expect(second.changes).toEqual({ sections: 0, items: 3, retired: 0, resources: 0 });
    expect(await skills(first.roadmapId)).toEqual({
      "learn-git": "version-control",
      "learn-sql": null,
      vim: "terminal",
    });
  });
});
