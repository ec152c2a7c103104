import fs from "node:fs";
import path from "node:path";
import { db } from "../../server/db/client";
import { createPostgresPool, setDatabasePool } from "../../server/db/database-pool";
import { deployMigrations } from "../../server/db/deploy-migrations";
import { Prisma } from "../../server/db/generated/client";
import { applyOneStatusChange, setStatusSql } from "../../server/services/progress/apply-one-status-change";
import { requireScope } from "../../server/services/viewer";
import { createThrowawayDatabase } from "../support/throwaway-database";
import { setLearnerStatuses, writeSkillRoadmaps } from "./support/skill-roadmaps";

/*
 * npm run bench:skill-click
 *
 * Issue 24, point 7: what a click on an item claiming a skill costs the database, against a click
 * on an item claiming none, and what it would cost if the skill's status were stored once
 * (support/skill-click-prototype.sql) instead of copied onto the item's row on every roadmap that
 * claims the skill, with a SKILL event each. Workload 8's site (support/skill-roadmaps.ts: 50
 * roadmaps of 100 items, each skill claimed on 5 of them) and learner (a status on every skill, a
 * row on every roadmap), written by the app's own services in process, on a throwaway PostgreSQL
 * database with one connection: the database's CPU per click is that backend's, from
 * /proc/<pid>/schedstat (so PostgreSQL must run on this machine). The three kinds of click take turns
 * in blocks of 50, BENCH_ROUNDS (20) rounds. The app's clicks are applyOneStatusChange, the
 * statement setItemStatus runs; the prototype's are one call of its function. Figures only: `npm run
 * bench` gives the request-level ratio the goal is read off.
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const BLOCK = 50;
const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"] as const;

const database = await createThrowawayDatabase("skill_click");
const pool = createPostgresPool(database.url, 1);
setDatabasePool(pool);
try {
  await deployMigrations(pool);

  const { skilled, plain } = await writeSkillRoadmaps(db());
  const user = await db().user.create({ data: { login: "skill-click-learner" } });
  const writer = requireScope(
    {
      userId: user.id,
      role: user.role,
      login: user.login,
      via: "session",
      scopes: ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS", "COHORTS"],
    },
    "WRITE_PROGRESS",
  );
  const itemsOf = async (slug: string) =>
    (
      await db().item.findMany({
        where: { roadmap: { slug } },
        orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
        select: { id: true },
      })
    ).map((item) => item.id);
  const skilledItems = await Promise.all(skilled.map(itemsOf));
  const plainItems = await itemsOf(plain);
  await setLearnerStatuses(skilledItems, plainItems, (itemId, status) => applyOneStatusChange(writer, itemId, status));
  await db().$executeRawUnsafe("ANALYZE");
  await db().$executeRawUnsafe(
    fs.readFileSync(path.join(import.meta.dirname, "support/skill-click-prototype.sql"), "utf8"),
  );

  // Each kind of click has items of its own, so that no kind's writes decide another's: the
  // plain roadmap's first and second 50 items, and the first 50 items of skills-0, skills-1 and
  // skills-2, whose skills (0-49, 50-99, 100-149) are each claimed on 5 roadmaps.
  const ids = (items: string[]) => items.slice(0, BLOCK);
  type Status = (typeof STATUSES)[number];
  const prepared = (name: string, statement: Prisma.Sql) =>
    pool.query({ name, text: statement.text, values: statement.values as unknown[] });
  const kinds: { label: string; items: string[]; click: (item: string, status: Status) => Promise<unknown> }[] = [
    {
      label: "no skill, as the app sends it (Prisma, planned each time)",
      items: ids(plainItems),
      click: (item, status) => applyOneStatusChange(writer, item, status),
    },
    {
      label: "a skill on 5 roadmaps, as the app sends it",
      items: ids(skilledItems[0]!),
      click: (item, status) => applyOneStatusChange(writer, item, status),
    },
    {
      label: "no skill, the same statement prepared",
      items: ids(plainItems.slice(BLOCK)),
      click: (item, status) => prepared("click", setStatusSql(user.id, item, status)),
    },
    {
      label: "a skill on 5 roadmaps, the same statement prepared (four copies)",
      items: ids(skilledItems[1]!),
      click: (item, status) => prepared("click", setStatusSql(user.id, item, status)),
    },
    {
      label: "a skill on 5 roadmaps, stored once (prototype, prepared)",
      items: ids(skilledItems[2]!),
      click: (item, status) =>
        prepared("prototype", Prisma.sql`SELECT prototype_skill_click(${user.id}, ${item}, ${status}::"ItemStatus")`),
    },
  ];
  const [{ pid }] = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
  const cpuNs = () => Number(fs.readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
  const spent = kinds.map(() => ({ cpu: 0, wall: 0, clicks: 0 }));
  for (let round = 0; round < ROUNDS; round += 1) {
    // Every block moves each of its 50 items to the next status; the order of the kinds alternates.
    const order = kinds.map((_, index) => (round % 2 === 0 ? index : kinds.length - 1 - index));
    const status = STATUSES[(round + 1) % STATUSES.length]!;
    for (const index of order) {
      const kind = kinds[index]!;
      const [cpuBefore, wallBefore] = [cpuNs(), performance.now()];
      for (const item of kind.items) await kind.click(item, status);
      spent[index]!.cpu += cpuNs() - cpuBefore;
      spent[index]!.wall += performance.now() - wallBefore;
      spent[index]!.clicks += kind.items.length;
    }
  }
  const perClick = spent.map((kind) => kind.cpu / 1e6 / kind.clicks);
  console.log(`\n${ROUNDS} rounds of ${BLOCK} clicks of each kind, one connection\n`);
  console.log("| click on an item claiming | database CPU ms/click | wall ms/click | more than no skill |");
  console.log("|---|---|---|---|");
  for (const [index, { label }] of kinds.entries()) {
    const { wall, clicks: count } = spent[index]!;
    // Each against the click claiming no skill sent the same way.
    const reference = perClick[index < 2 ? 0 : 2]!;
    console.log(
      `| ${label} | ${perClick[index]!.toFixed(3)} | ${(wall / count).toFixed(3)} | ${(perClick[index]! - reference).toFixed(3)} ms |`,
    );
  }
  await db().$disconnect();
} finally {
  await pool.end().catch(() => {});
  await database.drop();
}
