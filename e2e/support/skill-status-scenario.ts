import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohortOf, followedRoadmap, joined, learner, type Learner } from "./cohorts";
import { execute } from "./graphql-operations";
import { SAVE } from "./own-roadmaps";
import { testDb } from "./test-db";
import { NotFoundError } from "../../shared/errors";
import type { ItemStatus } from "../../server/db/generated/enums";
import { loadItemStates } from "../../server/services/progress/load-item-states";
import { mergeGuestProgress } from "../../server/services/progress/merge-guest-progress";
import { resetRoadmapProgress } from "../../server/services/progress/reset-roadmap-progress";
import { setItemStatus } from "../../server/services/progress/set-item-status";
import { applyOneStatusChange } from "../../server/services/progress/apply-one-status-change";
import { requireScope } from "../../server/services/viewer";
import { setItemNote } from "../../server/services/notes/set-item-note";
import { sharedSkills } from "../../server/services/skills/shared-skills";

/*
 * One skill, one status (issue 24): a learner's status on an item claiming a skill is
 * their status on the skill, on every roadmap they may see, whatever the writer (single
 * changes, guest merges with times of their own, resets with and without the shared
 * skills, an author's saves that give, change, take and retire claims).
 */

const line = (key: string, skill?: string) =>
  `- [ ] ${key} <!-- key: ${key} -->${skill ? ` <!-- skill: ${skill} -->` : ""}`;
const roadmap = (title: string, items: [string, string?][]) =>
  [`# ${title}`, "", "## Only", "", ...items.map(([key, skill]) => line(key, skill)), ""].join("\n");

// Two public roadmaps sharing skills "sx" and "ty" (the names are per run: skills are site-wide).
const versionsOf = (sx: string, ty: string) => ({
  a: roadmap("Roadmap A", [["a1", sx], ["a2", ty], ["a3"], ["a4", sx]]),
  b: [
    roadmap("Roadmap B", [["b1", sx], ["b2", ty], ["b3"]]),
    // b3 claims sx, b1 no longer does.
    roadmap("Roadmap B", [["b1"], ["b2", ty], ["b3", sx]]),
    // b1 retired.
    roadmap("Roadmap B", [
      ["b2", ty],
      ["b3", sx],
    ]),
    // b2 claims sx instead of ty.
    roadmap("Roadmap B", [
      ["b2", sx],
      ["b3", sx],
    ]),
  ],
  hidden: roadmap("Hidden", [["h1", sx]]),
});

let runs = 0;
async function world() {
  runs += 1;
  const tag = `${Date.now().toString(36)}-${runs}`;
  const [sx, ty] = [`sx-${tag}`, `ty-${tag}`];
  const versions = versionsOf(sx, ty);
  const author = await learner(testDb(), "skills");
  const a = await followedRoadmap(author, "PUBLIC", versions.a);
  const b = await followedRoadmap(author, "PUBLIC", versions.b[0]);
  // Someone else's private roadmap claiming the same skill: never touched, never shown.
  const hidden = await followedRoadmap(await learner(testDb(), "skills"), "PRIVATE", versions.hidden);
  const save = async (version: number) => {
    const result = await execute(SAVE, { input: { roadmapId: b.id, markdown: versions.b[version] } }, author.viewer);
    expect(result.errors).toBeUndefined();
    b.items = new Map([...b.items, ...(await itemIdsOf(b.id))]);
  };
  return { sx, ty, a, b, hidden, save };
}

async function itemIdsOf(roadmapId: string) {
  const items = await testDb().item.findMany({ where: { roadmapId }, select: { id: true, key: true } });
  return new Map(items.map((item) => [item.key, item.id]));
}

/** Every live item of the roadmaps with its skill, and the learner's row on it. */
async function rowsOf(userId: string, roadmapIds: string[]) {
  return testDb().$queryRaw<{ itemId: string; roadmapId: string; skill: string | null; status: ItemStatus | null }[]>`
    SELECT i."id" AS "itemId", i."roadmapId", i."skill", p."status"
    FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
    LEFT JOIN "Progress" p ON p."itemId" = i."id" AND p."userId" = ${userId}
    WHERE i."roadmapId" = ANY(${roadmapIds}::text[]) AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL`;
}

async function skillsOf(userId: string) {
  const rows = await testDb().skillProgress.findMany({ where: { userId } });
  return new Map(rows.map((row) => [row.skill, row]));
}

/** The invariants that hold after anything. */
async function expectConsistent(viewer: Learner["viewer"], roadmapIds: string[], hiddenId: string) {
  const userId = viewer.userId;
  const skills = await skillsOf(userId);
  const rows = await rowsOf(userId, roadmapIds);
  const followed = new Set(rows.filter((row) => row.status !== null).map((row) => row.roadmapId));
  const { progress } = await loadItemStates(viewer, roadmapIds);
  for (const row of rows) {
    const skill = row.skill ? skills.get(row.skill) : undefined;
    const shown = progress.get(row.roadmapId)?.get(row.itemId)?.status ?? "NOT_STARTED";
    if (skill) {
      // Every item claiming a skill shows the skill's status; on a followed roadmap its row holds it.
      expect(shown, `${row.itemId} shows its skill's status`).toBe(skill.status);
      if (followed.has(row.roadmapId)) expect(row.status ?? "NOT_STARTED").toBe(skill.status);
    } else {
      expect(shown).toBe(row.status ?? "NOT_STARTED");
    }
  }
  // The tallies are the rows counted.
  const recount = await testDb().$queryRaw<{ bad: number }[]>`
    SELECT count(*)::int AS "bad" FROM (
      SELECT i."sectionId", count(*) FILTER (WHERE p."status" = 'DONE') AS "done",
        count(*) FILTER (WHERE p."status" = 'IN_PROGRESS') AS "inProgress",
        count(*) FILTER (WHERE p."status" = 'SKIPPED') AS "skipped"
      FROM "Progress" p JOIN "Item" i ON i."id" = p."itemId" WHERE p."userId" = ${userId} GROUP BY 1
    ) c FULL JOIN (SELECT * FROM "ProgressTally" WHERE "userId" = ${userId}) t ON t."sectionId" = c."sectionId"
    WHERE COALESCE(c."done", 0) <> COALESCE(t."done", 0) OR COALESCE(c."inProgress", 0) <> COALESCE(t."inProgress", 0)
      OR COALESCE(c."skipped", 0) <> COALESCE(t."skipped", 0)`;
  expect(recount[0]!.bad).toBe(0);
  // Every row is its item's last event, and each event starts where the previous one ended.
  const broken = await testDb().$queryRaw<{ bad: number }[]>`
    SELECT count(*)::int AS "bad" FROM (
      SELECT e."from", lag(e."to") OVER (PARTITION BY e."itemId" ORDER BY e."id") AS "previous"
      FROM "ProgressEvent" e WHERE e."userId" = ${userId}
    ) x WHERE x."previous" IS NOT NULL AND x."previous" <> x."from"`;
  expect(broken[0]!.bad).toBe(0);
  const stale = await testDb().$queryRaw<{ bad: number }[]>`
    SELECT count(*)::int AS "bad" FROM "Progress" p
    JOIN LATERAL (SELECT e."to" FROM "ProgressEvent" e WHERE e."userId" = p."userId" AND e."itemId" = p."itemId"
                  ORDER BY e."id" DESC LIMIT 1) last ON true
    WHERE p."userId" = ${userId} AND last."to" <> p."status"`;
  expect(stale[0]!.bad).toBe(0);
  // Nothing of the learner's reaches someone else's private roadmap.
  expect(await testDb().progress.count({ where: { userId, roadmapId: hiddenId } })).toBe(0);
}

const set = async (viewer: Learner["viewer"], itemId: string, status: ItemStatus) =>
  setItemStatus(viewer, { itemId, status });

/**
 * A migration's statement over every learner (from `start` on), narrowed to one learner by
 * adding a condition to its `where` (other tests share the database).
 */
function migrationStatementFor(migration: string, start: string, where: string, userId: string): string {
  const sql = readFileSync(
    path.join(import.meta.dirname, "../../prisma/migrations", migration, "migration.sql"),
    "utf8",
  );
  const statement = sql.slice(sql.indexOf(start)).replace(where, `${where} AND p."userId" = '${userId}'`);
  if (!statement.includes(userId)) throw new Error(`the statement of migration ${migration} was not found`);
  return statement;
}

/** The migration's own backfill statement, for one learner only. */
const backfillFor = (userId: string) =>
  migrationStatementFor(
    "20261206034500_skill_sync",
    'SELECT "skill_sync"(l."userId"',
    `WHERE i."skill" IS NOT NULL`,
    userId,
  );

/** The repair of migration progress_roadmap_learners, for one learner only. */
const repairFor = (userId: string) =>
  migrationStatementFor(
    "20261207083000_progress_roadmap_learners",
    'SELECT "skill_sync"(x."userId"',
    `WHERE p."status" <> sp."status"`,
    userId,
  );

/** The tests, on the database the file points db() at (PostgreSQL, or the embedded default). */
export function describeSkillStatus(database: string): void {
  describe(`one skill, one status (${database})`, () => {
    it("shows a status set on one roadmap on every item claiming the skill, with where it was set", async () => {
      const { sx, a, b, hidden } = await world();
      const { viewer } = await learner(testDb(), "skills");
      await set(viewer, b.items.get("b3")!, "IN_PROGRESS"); // follows B
      await set(viewer, a.items.get("a1")!, "DONE");
      const states = await loadItemStates(viewer, [a.id, b.id]);
      for (const [roadmap, key] of [
        [a, "a1"],
        [a, "a4"],
        [b, "b1"],
      ] as const) {
        expect(states.progress.get(roadmap.id)?.get(roadmap.items.get(key)!)?.status).toBe("DONE");
      }
      expect(states.skillSources.get(b.items.get("b1")!)).toMatchObject({
        itemId: a.items.get("a1"),
        roadmapTitle: "Roadmap A",
        status: "DONE",
      });
      expect(states.skillSources.has(a.items.get("a1")!)).toBe(false);
      // One CHANGE, where the learner acted; the others followed (SKILL).
      const events = await testDb().progressEvent.findMany({
        where: { userId: viewer.userId, to: "DONE" },
        select: { itemId: true, kind: true },
      });
      expect(events.filter((event) => event.kind === "CHANGE")).toEqual([
        { itemId: a.items.get("a1"), kind: "CHANGE" },
      ]);
      expect(new Set(events.filter((e) => e.kind === "SKILL").map((e) => e.itemId))).toEqual(
        new Set([a.items.get("a4"), b.items.get("b1")]),
      );
      expect((await skillsOf(viewer.userId)).get(sx)).toMatchObject({ status: "DONE", itemId: a.items.get("a1") });
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
      // Notes stay with their item; the others of the skill show them, collapsed.
      await setItemNote(viewer, { itemId: b.items.get("b1")!, note: "Rebase, *then* merge." });
      const { skillNotes, notes } = await loadItemStates(viewer, [a.id]);
      expect(notes.size).toBe(0);
      for (const key of ["a1", "a4"]) {
        expect(skillNotes.get(a.items.get(key)!)).toEqual([
          {
            itemId: b.items.get("b1"),
            roadmapSlug: b.slug,
            roadmapTitle: "Roadmap B",
            html: expect.stringContaining("<em>then</em>"),
          },
        ]);
      }
      expect((await loadItemStates(viewer, [b.id])).skillNotes.get(b.items.get("b1")!)).toBeUndefined();
      // Nobody else sees them.
      const other = await learner(testDb(), "skills");
      expect((await loadItemStates(other.viewer, [a.id])).skillNotes.size).toBe(0);
    });

    it("shows the skill's status on a roadmap the learner has not started, and writes it there once they do", async () => {
      const { a, b, hidden } = await world();
      const { viewer } = await learner(testDb(), "skills");
      await set(viewer, a.items.get("a2")!, "SKIPPED");
      const before = await loadItemStates(viewer, [b.id]);
      expect(before.progress.get(b.id)?.get(b.items.get("b2")!)?.status).toBe("SKIPPED");
      expect(await testDb().progress.count({ where: { userId: viewer.userId, roadmapId: b.id } })).toBe(0);
      await set(viewer, b.items.get("b3")!, "DONE");
      const row = await testDb().progress.findFirst({ where: { userId: viewer.userId, itemId: b.items.get("b2")! } });
      expect(row?.status).toBe("SKIPPED");
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
    });

    it("resets a roadmap's shared skills only when asked, and says which and where", async () => {
      const { sx, ty, a, b, hidden } = await world();
      const { viewer } = await learner(testDb(), "skills");
      await set(viewer, b.items.get("b3")!, "DONE");
      await set(viewer, a.items.get("a1")!, "DONE");
      await set(viewer, a.items.get("a3")!, "DONE");
      const shared = await sharedSkills(testDb(), viewer.userId, a.id);
      expect(shared.map((skill) => [skill.name, skill.roadmaps.map((r) => r.title)])).toEqual([
        [sx, ["Roadmap B"]],
        [ty, ["Roadmap B"]],
      ]);
      await resetRoadmapProgress(viewer, { roadmapId: a.id });
      let rows = new Map((await rowsOf(viewer.userId, [a.id, b.id])).map((row) => [row.itemId, row.status]));
      expect(rows.get(a.items.get("a3")!)).toBe("NOT_STARTED");
      expect(rows.get(a.items.get("a1")!)).toBe("DONE");
      expect(rows.get(b.items.get("b1")!)).toBe("DONE");
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
      await resetRoadmapProgress(viewer, { roadmapId: a.id, resetSharedSkills: true });
      rows = new Map((await rowsOf(viewer.userId, [a.id, b.id])).map((row) => [row.itemId, row.status]));
      expect(rows.get(a.items.get("a1")!)).toBe("NOT_STARTED");
      expect(rows.get(b.items.get("b1")!)).toBe("NOT_STARTED");
      expect(rows.get(b.items.get("b3")!)).toBe("DONE");
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
    });

    it("keeps the skill's status when its item is retired, and applies the most recent status when a save changes claims", async () => {
      const { sx, a, b, hidden, save } = await world();
      const { viewer } = await learner(testDb(), "skills");
      await set(viewer, a.items.get("a3")!, "IN_PROGRESS"); // follows A
      await set(viewer, b.items.get("b3")!, "SKIPPED"); // b3 claims nothing yet
      await set(viewer, b.items.get("b1")!, "DONE"); // sx done, from B
      // b3 now claims sx: the skill (set later than b3's own status) wins; b1 keeps DONE on its own.
      await save(1);
      let rows = new Map((await rowsOf(viewer.userId, [a.id, b.id])).map((row) => [row.itemId, row.status]));
      expect(rows.get(b.items.get("b3")!)).toBe("DONE");
      expect(rows.get(b.items.get("b1")!)).toBe("DONE");
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
      // b1, where the skill was set, retired: the skill stays DONE.
      await save(2);
      expect((await skillsOf(viewer.userId)).get(sx)).toMatchObject({ status: "DONE", itemId: b.items.get("b1") });
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
      await set(viewer, a.items.get("a2")!, "IN_PROGRESS");
      await save(3);
      expect((await skillsOf(viewer.userId)).get(sx)?.status).toBe("IN_PROGRESS");
      rows = new Map((await rowsOf(viewer.userId, [a.id, b.id])).map((row) => [row.itemId, row.status]));
      // b2 moved from ty to sx: sx (DONE, earlier) against b2's own IN_PROGRESS (set on a2 later, through ty): the latter wins.
      expect(rows.get(b.items.get("b2")!)).toBe("IN_PROGRESS");
      expect(rows.get(a.items.get("a1")!)).toBe("IN_PROGRESS");
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
    });

    it("brings a save's new claims to learners with only untouched rows on the roadmap, or only a cohort", async () => {
      const { a, b, hidden, save } = await world();
      await save(3); // b2 claims sx, nothing claims ty on B
      // One learner's only rows on B are NOT_STARTED (a guest's untouched item): no tally there.
      const guest = await learner(testDb(), "skills");
      await set(guest.viewer, a.items.get("a2")!, "SKIPPED");
      await mergeGuestProgress(guest.viewer, {
        entries: [{ itemId: b.items.get("b3")!, status: "NOT_STARTED", updatedAt: new Date().toISOString() }],
      });
      // Another studies B in a cohort and has no row on it at all.
      const member = await learner(testDb(), "skills");
      await set(member.viewer, a.items.get("a2")!, "DONE");
      await joined(member, (await cohortOf(await learner(testDb(), "skills"), b.id)).invite);
      expect(await testDb().progress.count({ where: { userId: member.viewer.userId, roadmapId: b.id } })).toBe(0);
      // b2 claims ty again: both follow B, so b2's row takes their ty.
      await save(0);
      const statusOn = async (userId: string, itemId: string) =>
        (await testDb().progress.findFirst({ where: { userId, itemId } }))?.status;
      expect(await statusOn(guest.viewer.userId, b.items.get("b2")!)).toBe("SKIPPED");
      expect(await statusOn(member.viewer.userId, b.items.get("b2")!)).toBe("DONE");
      await expectConsistent(guest.viewer, [a.id, b.id], hidden.id);
      await expectConsistent(member.viewer, [a.id, b.id], hidden.id);
    });

    it("converges on the newest change when items of one skill are set at once", async () => {
      const { sx, a, b, hidden } = await world();
      const { viewer } = await learner(testDb(), "skills");
      await set(viewer, b.items.get("b3")!, "DONE");
      const keys: [typeof a, string][] = [
        [a, "a1"],
        [a, "a4"],
        [b, "b1"],
      ];
      const statuses: ItemStatus[] = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"];
      await Promise.all(
        Array.from({ length: 24 }, (_, index) => {
          const [roadmap, key] = keys[index % keys.length]!;
          return set(viewer, roadmap.items.get(key)!, statuses[index % statuses.length]!);
        }),
      );
      const skill = (await skillsOf(viewer.userId)).get(sx)!;
      const [latest] = await testDb().progressEvent.findMany({
        where: { userId: viewer.userId, kind: "CHANGE", itemId: { in: keys.map(([r, k]) => r.items.get(k)!) } },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: 1,
      });
      expect(skill.status).toBe(latest!.to);
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
    });

    it("sets items of different skills on each other's roadmaps at once without a deadlock", async () => {
      // a1 (sx) is copied to B's section and b2 (ty) to A's: each click moves both sections'
      // tallies, and two clicks must not each hold one while waiting for the other.
      const { a, b, hidden } = await world();
      const { viewer } = await learner(testDb(), "skills");
      await set(viewer, a.items.get("a3")!, "DONE");
      await set(viewer, b.items.get("b3")!, "DONE");
      const pairs: [typeof a, string][] = [
        [a, "a1"],
        [b, "b2"],
        [b, "b1"],
        [a, "a2"],
      ];
      const statuses: ItemStatus[] = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"];
      // The click itself, without setItemStatus's retry after a deadlock (which would hide one).
      const writer = requireScope(viewer, "WRITE_PROGRESS");
      for (let round = 0; round < 4; round += 1) {
        await Promise.all(
          Array.from({ length: 16 }, (_, index) => {
            const [roadmap, key] = pairs[index % pairs.length]!;
            return applyOneStatusChange(writer, roadmap.items.get(key)!, statuses[(index + round) % statuses.length]!);
          }),
        );
      }
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
    });

    it("keeps every invariant through any mix of writers and saves", async () => {
      const STATUSES: ItemStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];
      const KEYS = ["a1", "a2", "a3", "a4", "b1", "b2", "b3"];
      const HOUR = 3_600_000;
      const operation = fc.oneof(
        fc.record({
          kind: fc.constant("set" as const),
          key: fc.constantFrom(...KEYS),
          status: fc.constantFrom(...STATUSES),
        }),
        fc.record({
          kind: fc.constant("merge" as const),
          entries: fc.array(
            fc.record({ key: fc.constantFrom(...KEYS), status: fc.constantFrom(...STATUSES), hoursAgo: fc.nat(100) }),
            { minLength: 1, maxLength: 5 },
          ),
        }),
        fc.record({ kind: fc.constant("reset" as const), roadmap: fc.constantFrom("a", "b"), shared: fc.boolean() }),
        fc.record({ kind: fc.constant("save" as const), version: fc.nat(3) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 10 }), async (ops) => {
          const { sx, ty, a, b, hidden, save } = await world();
          const { viewer } = await learner(testDb(), "skills");
          const itemOf = (key: string) => (key.startsWith("a") ? a : b).items.get(key)!;
          const start = Date.now();
          let saved = false;
          for (const op of ops) {
            if (op.kind === "set") {
              // A retired item refuses (NOT_FOUND) and changes nothing.
              await set(viewer, itemOf(op.key), op.status).catch((error: unknown) =>
                expect(error).toBeInstanceOf(NotFoundError),
              );
            } else if (op.kind === "merge") {
              const entries = op.entries.map((e) => ({
                itemId: itemOf(e.key),
                status: e.status,
                updatedAt: new Date(start - e.hoursAgo * HOUR).toISOString(),
              }));
              await mergeGuestProgress(viewer, { entries });
            } else if (op.kind === "reset") {
              await resetRoadmapProgress(viewer, {
                roadmapId: (op.roadmap === "a" ? a : b).id,
                resetSharedSkills: op.shared,
              });
            } else {
              saved = true;
              await save(op.version);
            }
            await expectConsistent(viewer, [a.id, b.id], hidden.id);
          }
          if (!saved) {
            // Without saves, each skill's status is its items' most recent change (history's order).
            const skills = await skillsOf(viewer.userId);
            for (const skill of [sx, ty]) {
              const [latest] = await testDb().progressEvent.findMany({
                where: { userId: viewer.userId, kind: { not: "SKILL" }, item: { skill } },
                orderBy: { at: "desc" },
                take: 1,
              });
              // Changes at the very same time (a guest's batch) may go either way.
              const tied = latest
                ? await testDb().progressEvent.findMany({
                    where: { userId: viewer.userId, kind: { not: "SKILL" }, item: { skill }, at: latest.at },
                  })
                : [];
              const expected = tied.length > 0 ? tied.map((event) => event.to) : ["NOT_STARTED"];
              expect(expected).toContain(skills.get(skill)?.status ?? "NOT_STARTED");
            }
          }
        }),
        {
          numRuns: 25,
          examples: [
            // A guest merge left the learner only NOT_STARTED rows on b (no tally there), and a
            // save then made b2 claim ty again: b2 must follow ty (once missed, found by CI).
            [
              [
                { kind: "set", key: "a2", status: "SKIPPED" },
                { kind: "save", version: 3 },
                { kind: "merge", entries: [{ key: "b2", status: "NOT_STARTED", hoursAgo: 0 }] },
                { kind: "save", version: 0 },
              ],
            ],
          ],
        },
      );
    }, 300_000);
  });

  describe(`the migration to one status per skill (${database})`, () => {
    it("keeps every status but where a more recent change of the same skill says otherwise, and keeps the history", async () => {
      const { sx, ty, a, b, hidden } = await world();
      const { viewer } = await learner(testDb(), "skills");
      const userId = viewer.userId;
      // Statuses written before skills were one: each item its own, as the old writers left them.
      const HOUR = 3_600_000;
      const now = Date.now();
      const before: [typeof a, string, ItemStatus, number][] = [
        [a, "a1", "DONE", 30], // sx: a1 DONE 30 h ago, b1 IN_PROGRESS 10 h ago (wins), a4 SKIPPED 50 h ago
        [a, "a4", "SKIPPED", 50],
        [b, "b1", "IN_PROGRESS", 10],
        [a, "a2", "DONE", 5], // ty: a2 DONE 5 h ago (wins), b2 IN_PROGRESS 20 h ago
        [b, "b2", "IN_PROGRESS", 20],
        [a, "a3", "DONE", 1], // no skill: untouched
      ];
      for (const [roadmap, key, status, hoursAgo] of before) {
        const at = new Date(now - hoursAgo * HOUR);
        const itemId = roadmap.items.get(key)!;
        await testDb().progress.create({ data: { userId, itemId, roadmapId: roadmap.id, status, updatedAt: at } });
        await testDb().progressEvent.create({
          data: { userId, itemId, roadmapId: roadmap.id, from: "NOT_STARTED", to: status, at },
        });
      }
      const historyBefore = await testDb().progressEvent.count({ where: { userId } });
      const backfill = backfillFor(userId);
      await testDb().$executeRawUnsafe(backfill);

      const statuses = new Map((await rowsOf(userId, [a.id, b.id])).map((row) => [row.itemId, row.status]));
      const expected: [typeof a, string, ItemStatus][] = [
        [a, "a1", "IN_PROGRESS"],
        [a, "a4", "IN_PROGRESS"],
        [b, "b1", "IN_PROGRESS"],
        [a, "a2", "DONE"],
        [b, "b2", "DONE"],
        [a, "a3", "DONE"],
      ];
      for (const [roadmap, key, status] of expected) expect(statuses.get(roadmap.items.get(key)!), key).toBe(status);
      const skills = await skillsOf(userId);
      expect(skills.get(sx)).toMatchObject({ status: "IN_PROGRESS", itemId: b.items.get("b1") });
      expect(skills.get(ty)).toMatchObject({ status: "DONE", itemId: a.items.get("a2") });
      // Completion dropped only where the most recent change said so (a1's DONE gave way to
      // b1's later IN_PROGRESS); b's rose with a2's later DONE.
      const done = async (roadmapId: string) =>
        testDb().progress.count({ where: { userId, roadmapId, status: "DONE" } });
      expect(await done(a.id)).toBe(2); // a2, a3 (a1 no longer)
      expect(await done(b.id)).toBe(1); // b2
      // The history keeps every earlier change; the items that followed their skill got SKILL events.
      expect(await testDb().progressEvent.count({ where: { userId, kind: { not: "SKILL" } } })).toBe(historyBefore);
      expect(await testDb().progressEvent.count({ where: { userId, kind: "SKILL" } })).toBe(3);
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
      // Running it again changes nothing.
      await testDb().$executeRawUnsafe(backfill);
      expect(await testDb().progressEvent.count({ where: { userId, kind: "SKILL" } })).toBe(3);
    });

    it("repairs an item a save's sync missed (migration progress_roadmap_learners)", async () => {
      const { a, b, hidden } = await world();
      const { viewer } = await learner(testDb(), "skills");
      const userId = viewer.userId;
      await set(viewer, a.items.get("a2")!, "SKIPPED");
      // As the missed sync left it: an untouched row on b2, which claims ty, and no tally on B.
      await testDb().progress.create({
        data: { userId, itemId: b.items.get("b2")!, roadmapId: b.id, status: "NOT_STARTED", updatedAt: new Date(0) },
      });
      await expect(expectConsistent(viewer, [a.id, b.id], hidden.id)).rejects.toThrow();
      await testDb().$executeRawUnsafe(repairFor(userId));
      expect((await testDb().progress.findFirst({ where: { userId, itemId: b.items.get("b2")! } }))?.status).toBe(
        "SKIPPED",
      );
      await expectConsistent(viewer, [a.id, b.id], hidden.id);
    });

    it("never lowers anyone's completion but where a later change of the same skill says so, for any statuses before", async () => {
      const STATUSES: ItemStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED"];
      const KEYS = ["a1", "a2", "a3", "a4", "b1", "b2", "b3"];
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(
            fc.record({
              key: fc.constantFrom(...KEYS),
              status: fc.constantFrom(...STATUSES),
              minutesAgo: fc.nat(1000),
            }),
            { selector: (row) => row.key, minLength: 1, maxLength: KEYS.length },
          ),
          async (rows) => {
            const { a, b, hidden } = await world();
            const { viewer } = await learner(testDb(), "skills");
            const userId = viewer.userId;
            const roadmapOf = (key: string) => (key.startsWith("a") ? a : b);
            const now = Date.now();
            for (const row of rows) {
              const roadmap = roadmapOf(row.key);
              const itemId = roadmap.items.get(row.key)!;
              const at = new Date(now - row.minutesAgo * 60_000);
              await testDb().progress.create({
                data: { userId, itemId, roadmapId: roadmap.id, status: row.status, updatedAt: at },
              });
              if (row.status !== "NOT_STARTED") {
                await testDb().progressEvent.create({
                  data: { userId, itemId, roadmapId: roadmap.id, from: "NOT_STARTED", to: row.status, at },
                });
              }
            }
            const skillOf = new Map(
              (await rowsOf(userId, [a.id, b.id])).map((row) => [row.itemId, row.skill] as const),
            );
            const before = new Map(rows.map((row) => [roadmapOf(row.key).items.get(row.key)!, row]));
            const history = await testDb().progressEvent.count({ where: { userId, kind: { not: "SKILL" } } });
            await testDb().$executeRawUnsafe(backfillFor(userId));
            // What the learner sees on each item (a roadmap they have no row on shows their skills).
            const { progress } = await loadItemStates(viewer, [a.id, b.id]);
            const shown = (itemId: string) =>
              progress.get(a.id)?.get(itemId)?.status ?? progress.get(b.id)?.get(itemId)?.status ?? "NOT_STARTED";
            for (const [itemId, skill] of skillOf) {
              const own = before.get(itemId);
              const status = shown(itemId);
              if (!skill) {
                expect(status).toBe(own?.status ?? "NOT_STARTED");
                continue;
              }
              // The skill's latest change (ties: any of them), among the items claiming it.
              const claiming = [...before].filter(([id]) => skillOf.get(id) === skill).map(([, row]) => row);
              const latest = Math.min(...claiming.map((row) => row.minutesAgo));
              const allowed = claiming.filter((row) => row.minutesAgo === latest).map((row) => row.status);
              if (claiming.length === 0) expect(status).toBe("NOT_STARTED");
              else expect(allowed).toContain(status);
              // Visible completion drops only where a later change of the skill says so.
              if (own?.status === "DONE" && status !== "DONE") {
                expect(claiming.some((row) => row.minutesAgo < own.minutesAgo && row.status !== "DONE")).toBe(true);
              }
            }
            // The history keeps every earlier change.
            expect(await testDb().progressEvent.count({ where: { userId, kind: { not: "SKILL" } } })).toBe(history);
            await expectConsistent(viewer, [a.id, b.id], hidden.id);
          },
        ),
        {
          numRuns: 20,
          examples: [
            // b2 DONE and a2 NOT_STARTED, both claiming ty, written at the same instant: the tie
            // went to whichever item's id sorted first, and b2's completion could drop (found by CI,
            // seed 365289696).
            [
              [
                { key: "b2", status: "DONE", minutesAgo: 4 },
                { key: "a2", status: "NOT_STARTED", minutesAgo: 4 },
                { key: "a1", status: "NOT_STARTED", minutesAgo: 83 },
              ],
            ],
          ],
        },
      );
    }, 300_000);
  });
}
