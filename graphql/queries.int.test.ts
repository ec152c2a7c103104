import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";

const ROADMAP = /* GraphQL */ `
  query Roadmap($slug: String!) {
    roadmap(slug: $slug) {
      id
      slug
      title
      description
      itemCount
      resources {
        id
      }
      progress {
        total
        done
        inProgress
        skipped
        percent
      }
      sections {
        id
        title
        position
        progress {
          total
          done
          percent
        }
        items {
          id
          key
          title
          position
          status
          statusUpdatedAt
          note
          noteHtml
          resources {
            id
            title
            url
            kind
          }
          children {
            id
            title
            status
            section {
              title
            }
            roadmap {
              slug
            }
          }
        }
      }
    }
  }
`;

const SET = /* GraphQL */ `
  mutation Set($itemId: ID!, $status: ItemStatus!) {
    setItemStatus(input: { itemId: $itemId, status: $status }) {
      id
      status
      statusUpdatedAt
    }
  }
`;

async function itemIds() {
  const result = await execute<{ roadmap: { items: { id: string; title: string }[] } }>(
    `{ roadmap(slug: "backend") { items { id title } } }`,
  );
  return result.data!.roadmap.items;
}

describe("Query.roadmaps and Query.roadmap", () => {
  it("lists roadmaps with item counts, and no progress when signed out", async () => {
    const result = await execute(`{ roadmaps { slug title itemCount progress { percent } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.roadmaps).toContainEqual({
      slug: "backend",
      title: "Backend Development Roadmap",
      itemCount: 44,
      progress: null,
    });
  });

  it("returns the whole tree: sections in order, nested items, resources; viewer fields null when signed out", async () => {
    const result = await execute(ROADMAP, { slug: "backend" });
    expect(result.errors).toBeUndefined();
    const roadmap = result.data!.roadmap;
    expect(roadmap.itemCount).toBe(44);
    expect(roadmap.progress).toBeNull();
    expect(roadmap.sections).toHaveLength(15);
    expect(roadmap.sections.map((section: { position: number }) => section.position)).toEqual([...Array(15).keys()]);
    const databases = roadmap.sections[1];
    expect(databases.title).toBe("Databases");
    expect(databases.items[0].children.map((child: { title: string }) => child.title)).toEqual([
      "Learn SQL basics (queries, CRUD operations)",
      "Explore relational database management systems (e.g., MySQL, PostgreSQL)",
    ]);
    expect(databases.items[0].children[0]).toMatchObject({
      status: null,
      section: { title: "Databases" },
      roadmap: { slug: "backend" },
    });
    expect(databases.items[0]).toMatchObject({ status: null, note: null, noteHtml: null, statusUpdatedAt: null });
    expect(databases.items[0].resources[0].kind).toBe("OFFICIAL");
  });

  it("answers null for unknown slugs and item ids", async () => {
    expect((await execute(`{ roadmap(slug: "nope") { id } }`)).data).toEqual({ roadmap: null });
    expect((await execute(`{ item(id: "nope") { id } }`)).data).toEqual({ item: null });
  });

  it("reads one item by id", async () => {
    const [first] = await itemIds();
    const result = await execute(`query($id: ID!) { item(id: $id) { id title } }`, { id: first!.id });
    expect(result.data).toEqual({ item: first });
  });
});

describe("the viewer's progress", () => {
  it("computes completion for the roadmap and its sections, DONE and SKIPPED counting as finished", async () => {
    const viewer = sessionViewerOf(await createUser(testDb()));
    const items = await itemIds();
    await execute(SET, { itemId: items[0]!.id, status: "DONE" }, viewer);
    await execute(SET, { itemId: items[1]!.id, status: "SKIPPED" }, viewer);
    await execute(SET, { itemId: items[2]!.id, status: "IN_PROGRESS" }, viewer);
    const result = await execute(ROADMAP, { slug: "backend" }, viewer);
    const roadmap = result.data!.roadmap;
    expect(roadmap.progress).toEqual({ total: 44, done: 1, inProgress: 1, skipped: 1, percent: 4.5 });
    expect(roadmap.sections[0].progress).toEqual({ total: 2, done: 1, percent: 100 });
    expect(roadmap.sections[0].items[0].status).toBe("DONE");
    expect(roadmap.sections[0].items[0].statusUpdatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(roadmap.sections[1].items[0].status).toBe("IN_PROGRESS");
    expect(roadmap.sections[2].items[0].status).toBe("NOT_STARTED");
  });

  it("serves the viewer's profile, followed roadmaps, items in progress, activity, history and tokens", async () => {
    const user = await createUser(testDb());
    const viewer = sessionViewerOf(user);
    const items = await itemIds();
    await execute(SET, { itemId: items[5]!.id, status: "IN_PROGRESS" }, viewer);
    await execute(SET, { itemId: items[6]!.id, status: "DONE" }, viewer);
    await execute(SET, { itemId: items[7]!.id, status: "DONE" }, viewer);
    const result = await execute(
      `{
        viewer {
          id login name avatarUrl role
          followedRoadmaps { slug }
          inProgressItems(first: 5) { id title }
          activity(timeZone: "Europe/Paris") { currentStreak longestStreak totalChanges days { date count } }
          apiTokens { id }
        }
        roadmap(slug: "backend") { history(days: 30, timeZone: "Europe/Paris") { date finished done total } }
      }`,
      {},
      viewer,
    );
    expect(result.errors).toBeUndefined();
    const { viewer: me, roadmap } = result.data!;
    expect(me).toMatchObject({
      id: user.id,
      login: user.login,
      role: "LEARNER",
      followedRoadmaps: [{ slug: "backend" }],
      apiTokens: [],
    });
    expect(me.inProgressItems).toEqual([{ id: items[5]!.id, title: items[5]!.title }]);
    expect(me.activity).toMatchObject({ currentStreak: 1, longestStreak: 1, totalChanges: 3 });
    expect(me.activity.days.length).toBeGreaterThanOrEqual(358);
    expect(me.activity.days.at(-1).count).toBe(3);
    expect(roadmap.history).toHaveLength(2);
    expect(roadmap.history[0]).toMatchObject({ finished: 0, done: 0, total: 44 });
    expect(roadmap.history[1]).toMatchObject({ finished: 2, done: 2, total: 44 });
  });

  it("is null for a signed-out caller", async () => {
    expect((await execute(`{ viewer { id } }`)).data).toEqual({ viewer: null });
  });

  it("rejects an unknown time zone and an out-of-range page size", async () => {
    const viewer = sessionViewerOf(await createUser(testDb()));
    const zone = await execute(`{ viewer { activity(timeZone: "Mars/Olympus") { totalChanges } } }`, {}, viewer);
    expect(zone.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const page = await execute(`{ viewer { inProgressItems(first: 101) { id } } }`, {}, viewer);
    expect(page.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });
});
