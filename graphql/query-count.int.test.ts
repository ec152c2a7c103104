import { describe, expect, it } from "vitest";
import { createUser, sessionViewerOf } from "../e2e/support/factories";
import { execute } from "../e2e/support/graphql-operations";
import { testDb } from "../e2e/support/test-db";
import { parseRoadmapMarkdown } from "../shared/roadmap-markdown/parse-roadmap-markdown";
import { saveBuiltInRoadmap } from "../server/services/roadmaps/authoring/save-built-in-roadmap";
import { countStatements } from "../e2e/support/statement-count";

const FULL_ROADMAP = /* GraphQL */ `
  query Full($slug: String!) {
    roadmap(slug: $slug) {
      id
      title
      itemCount
      progress {
        percent
      }
      resources {
        url
      }
      sections {
        title
        progress {
          percent
        }
        items {
          id
          title
          status
          statusUpdatedAt
          note
          noteHtml
          resources {
            title
            url
            kind
          }
          children {
            id
            title
            status
            note
            resources {
              url
            }
            children {
              id
              status
            }
          }
        }
      }
    }
  }
`;

/** 20 sections × 50 top-level items, each with a child: 2,000 items, 3,000 resources. */
function generatedRoadmap(): string {
  const lines = ["# Generated", ""];
  for (let s = 0; s < 20; s += 1) {
    lines.push(`## Section ${s}`, "");
    for (let i = 0; i < 50; i += 1) {
      lines.push(`- [ ] Item ${s} ${i} [doc](https://example.com/${s}/${i})`);
      lines.push(`  - video: [talk](https://example.com/v/${s}/${i})`);
      lines.push(`  - [ ] Child ${s} ${i} [ref](https://example.com/c/${s}/${i})`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

describe("no N+1: a whole roadmap costs a constant number of SQL statements", () => {
  it("is the same small number for the 44-item seed and a 2,000-item roadmap", async () => {
    const client = testDb();
    const slug = `generated-${Date.now()}`;
    await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(generatedRoadmap()));
    const viewer = sessionViewerOf(await createUser(client));
    const seedId = (await client.roadmap.findUniqueOrThrow({ where: { slug: "backend" } })).id;
    // Some progress and notes, so statuses and notes are really read.
    const items = await client.item.findMany({
      where: { roadmap: { slug } },
      take: 30,
      select: { id: true, roadmapId: true },
    });
    await client.progress.createMany({
      data: items.map((item) => ({
        userId: viewer.userId,
        itemId: item.id,
        roadmapId: item.roadmapId,
        status: "DONE" as const,
      })),
    });
    // With its HTML, as setItemNote stores it (a row from before the html column costs one UPDATE, once).
    await client.note.create({ data: { userId: viewer.userId, itemId: items[0]!.id, body: "hi", html: "<p>hi</p>" } });

    // Cold: a new content version (as after an import) is in no cache.
    await client.roadmap.updateMany({
      where: { id: { in: [items[0]!.roadmapId, seedId] } },
      data: { contentVersion: { increment: 1 } },
    });
    let seedResult: Awaited<ReturnType<typeof execute>> | undefined;
    let bigResult: Awaited<ReturnType<typeof execute>> | undefined;
    const seed = await countStatements(
      async () => (seedResult = await execute(FULL_ROADMAP, { slug: "backend" }, viewer)),
    );
    const big = await countStatements(async () => (bigResult = await execute(FULL_ROADMAP, { slug }, viewer)));
    // Warm: the tree comes from the cache; only the slug and the viewer's own data are read.
    const warm = await countStatements(() => execute(FULL_ROADMAP, { slug }, viewer));

    expect(seedResult!.errors).toBeUndefined();
    expect(bigResult!.errors).toBeUndefined();
    const sections = (bigResult!.data as { roadmap: { itemCount: number; sections: unknown[] } }).roadmap;
    expect(sections.itemCount).toBe(2000);
    expect(sections.sections).toHaveLength(20);
    // slug with content version; roadmap, sections, items, resources; the viewer's statuses and notes together
    expect(seed).toBeLessThanOrEqual(6);
    expect(big).toBe(seed);
    // Warm: the slug (with its version), then the viewer's statuses and notes in one statement.
    expect(warm).toBeLessThanOrEqual(2);
    // Signed out, through Apollo: the slug (with its version; the content comes from the process's
    // cache). Over HTTP a repeated signed-out query costs one statement too, the check of the roadmap
    // its cached answer read (answer-cache/shared-answers.int.test.ts), but no GraphQL execution.
    expect(await countStatements(() => execute(FULL_ROADMAP, { slug }, null))).toBe(1);
  });

  it("answers setItemStatus from the write itself: one statement, and one more to enter review when DONE", async () => {
    const client = testDb();
    const viewer = sessionViewerOf(await createUser(client));
    const item = await client.item.findFirstOrThrow({ where: { roadmap: { slug: "backend" } }, select: { id: true } });
    const mutation = /* GraphQL */ `
      mutation Set($itemId: ID!, $status: ItemStatus!) {
        setItemStatus(input: { itemId: $itemId, status: $status }) {
          id
          title
          status
          statusUpdatedAt
          roadmap {
            slug
          }
        }
      }
    `;
    await execute(mutation, { itemId: item.id, status: "IN_PROGRESS" }, viewer);
    let answer: Awaited<ReturnType<typeof execute>> | undefined;
    const statements = await countStatements(
      async () => (answer = await execute(mutation, { itemId: item.id, status: "DONE" }, viewer)),
    );
    expect(answer!.errors).toBeUndefined();
    expect(answer!.data).toMatchObject({
      setItemStatus: { id: item.id, status: "DONE", roadmap: { slug: "backend" } },
    });
    expect(
      Date.parse((answer!.data as { setItemStatus: { statusUpdatedAt: string } }).setItemStatus.statusUpdatedAt),
    ).toBeGreaterThan(Date.now() - 60_000);
    // The write, then the item's review card (issue 23), one statement whatever it does.
    expect(statements).toBe(2);
    const started = await countStatements(() => execute(mutation, { itemId: item.id, status: "IN_PROGRESS" }, viewer));
    expect(started).toBe(2);
    // A change that neither enters nor leaves review is the one statement.
    const skipped = await countStatements(() => execute(mutation, { itemId: item.id, status: "SKIPPED" }, viewer));
    expect(skipped).toBe(1);
  });

  it("stays constant when listing every roadmap with its counts and the viewer's progress", async () => {
    const viewer = sessionViewerOf(await createUser(testDb()));
    const statements = await countStatements(() =>
      execute(`{ roadmaps { slug itemCount progress { percent } sections { progress { done } } } }`, {}, viewer),
    );
    expect(statements).toBeLessThanOrEqual(8);
  });

  it("stays constant with the plan, dates and badge asked for too (issue 13)", async () => {
    const client = testDb();
    const slug = `generated-plan-${Date.now()}`;
    await saveBuiltInRoadmap(client, slug, parseRoadmapMarkdown(generatedRoadmap()));
    const viewer = sessionViewerOf(await createUser(client));
    const items = await client.item.findMany({
      where: { roadmap: { slug } },
      take: 30,
      select: { id: true, roadmapId: true },
    });
    await client.progress.createMany({
      data: items.map((item) => ({
        userId: viewer.userId,
        itemId: item.id,
        roadmapId: item.roadmapId,
        status: "DONE" as const,
      })),
    });
    // Their history, so dates and pace are really computed; and a goal.
    await client.progressEvent.createMany({
      data: items.map((item, index) => ({
        userId: viewer.userId,
        itemId: item.id,
        roadmapId: item.roadmapId,
        from: "NOT_STARTED" as const,
        to: "DONE" as const,
        at: new Date(Date.now() - index * 86_400_000),
      })),
    });
    await client.roadmapGoal.create({
      data: {
        userId: viewer.userId,
        roadmapId: items[0]!.roadmapId,
        weeklyGoal: 5,
        targetDate: new Date("2030-01-01"),
      },
    });
    const query = /* GraphQL */ `
      query Plan($slug: String!) {
        roadmap(slug: $slug) {
          badgeUrl
          progress {
            percent
            pacePerWeek
            finishOn
            targetDate
            weeklyGoal
            finishedThisWeek
          }
          sections {
            startedAt
            completedAt
            progress {
              pacePerWeek
              finishOn
            }
            items {
              status
              startedAt
              finishedAt
              children {
                startedAt
                finishedAt
              }
            }
          }
        }
      }
    `;
    // Both cold: a new content version (as after an import) is in no cache.
    const seedId = (await client.roadmap.findUniqueOrThrow({ where: { slug: "backend" } })).id;
    await client.roadmap.updateMany({
      where: { id: { in: [items[0]!.roadmapId, seedId] } },
      data: { contentVersion: { increment: 1 } },
    });
    let bigResult: Awaited<ReturnType<typeof execute>> | undefined;
    const seed = await countStatements(() => execute(query, { slug: "backend" }, viewer));
    const big = await countStatements(async () => (bigResult = await execute(query, { slug }, viewer)));
    expect(bigResult!.errors).toBeUndefined();
    const progress = (bigResult!.data as { roadmap: { progress: { pacePerWeek: number; weeklyGoal: number } } }).roadmap
      .progress;
    expect(progress).toMatchObject({ weeklyGoal: 5 });
    expect(progress.pacePerWeek).toBeGreaterThan(0);
    // What FULL_ROADMAP costs cold (6), plus the item facts (dates and pace), the goals and the
    // viewer's login (badge).
    expect(big).toBe(seed);
    expect(big).toBeLessThanOrEqual(9);
  });
});
