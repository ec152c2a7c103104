import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PATHOLOGICAL_ROADMAPS } from "../support/pathological-roadmaps";
import { generatedChecklist, editedChecklist } from "../support/large-roadmaps";
import { upperMedian as median } from "./support/medians";

/*
 * npm run bench:import
 *
 * 1. The parser's worst case: every pathological family (e2e/support/
 *    pathological-roadmaps.ts) at the file's bound (IMPORT_LIMITS.fileBytes,
 *    2.1 MB), the five slowest printed.
 * 2. Saving a generated 5,000-item roadmap (50 sections of 100 items, a child
 *    under every other item, 1-2 links each) as a learner, through the service
 *    the API and the pages call (parse, diff, write), then saving it again with
 *    a few changes (renames, moves, additions, retirements), and the dry-run
 *    preview of those changes, on PostgreSQL and on the embedded database, each
 *    in a process of its own. Goals: under 2 s and under 1 s.
 *
 * BENCH_RUNS (default 3) runs of each; the median is printed, with the worst.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const { values } = parseArgs({ options: { kind: { type: "string" } }, strict: true });

if (values.kind) {
  console.log(JSON.stringify(await measureSaves(values.kind as "postgres" | "embedded")));
  process.exit(0);
}

const { parseRoadmapMarkdown, IMPORT_LIMITS } = await import("../../shared/roadmap-markdown/parse-roadmap-markdown");
const FILE_MB = (IMPORT_LIMITS.fileBytes / 1_000_000).toFixed(1);
console.log(`Parser worst case (${Object.keys(PATHOLOGICAL_ROADMAPS).length} pathological families at ${FILE_MB} MB):`);
const timings: { family: string; ms: number; verdict: string }[] = [];
for (const [family, build] of Object.entries(PATHOLOGICAL_ROADMAPS)) {
  const markdown = build(IMPORT_LIMITS.fileBytes);
  const runs: number[] = [];
  let verdict = "accepted";
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    try {
      parseRoadmapMarkdown(markdown);
    } catch (error) {
      verdict = `refused: ${(error as Error).message.split("\n")[0]!.slice(0, 70)}`;
    }
    runs.push(performance.now() - start);
  }
  timings.push({ family, ms: median(runs), verdict });
}
timings.sort((a, b) => b.ms - a.ms);
for (const { family, ms, verdict } of timings.slice(0, 5)) {
  console.log(`  ${ms.toFixed(0).padStart(5)} ms  ${family} (${verdict})`);
}
console.log(
  `  worst: ${timings[0]!.ms.toFixed(0)} ms; median family: ${median(timings.map((t) => t.ms)).toFixed(0)} ms`,
);
console.log(
  `  load average ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(" ")} on ${os.cpus().length} cores`,
);

const size = Buffer.byteLength(generatedChecklist());
console.log(`\nSaving a 5,000-item roadmap (${(size / 1024).toFixed(0)} KiB of markdown), median of ${RUNS}:`);
console.log("| database | first import | re-import with a few changes | preview (dry run) of them |");
console.log("| --- | --- | --- | --- |");
for (const kind of ["postgres", "embedded"] as const) {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, path.resolve(import.meta.dirname, "roadmap-import.ts"), "--kind", kind],
    { env: { ...process.env, LOG_LEVEL: "error", ROADMAP_SAVES_PER_MINUTE: "100000" }, encoding: "utf8" },
  );
  const result = JSON.parse(output.trim().split("\n").at(-1)!) as Record<string, number[]>;
  const cell = (runs: number[]) => `${median(runs).toFixed(0)} ms (worst ${Math.max(...runs).toFixed(0)})`;
  console.log(
    `| ${kind === "postgres" ? "PostgreSQL" : "embedded (PGlite)"} | ${cell(result.create!)} | ${cell(result.resave!)} | ${cell(result.preview!)} |`,
  );
}

async function measureSaves(kind: "postgres" | "embedded"): Promise<Record<string, number[]>> {
  const { createThrowawayDatabase } = await import("../support/throwaway-database");
  const database = kind === "postgres" ? await createThrowawayDatabase("bench_import") : null;
  const dataDir = kind === "embedded" ? fs.mkdtempSync(path.join(os.tmpdir(), "waymark-bench-import-")) : null;
  if (database) process.env.DATABASE_URL = database.url;
  else delete process.env.DATABASE_URL;
  const { deployMigrations } = await import("../../server/db/deploy-migrations");
  const { databasePool, setDatabasePool } = await import("../../server/db/database-pool");
  const { openEmbeddedPostgres } = await import("../../server/db/embedded-postgres");
  const embedded = dataDir ? await openEmbeddedPostgres(dataDir) : null;
  if (embedded) setDatabasePool(embedded.pool);
  try {
    await deployMigrations(databasePool());
    const { db } = await import("../../server/db/client");
    const { saveRoadmap } = await import("../../server/services/roadmaps/authoring/save-roadmap");
    const result: Record<string, number[]> = { create: [], resave: [], preview: [] };
    for (let run = 0; run < RUNS; run += 1) {
      const user = await db().user.create({
        data: { login: `bench-${run}-${Date.now()}` },
        select: { id: true, login: true },
      });
      const viewer = {
        userId: user.id,
        login: user.login,
        role: "LEARNER" as const,
        via: "session" as const,
        scopes: ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS"] as const,
      };
      const timed = async (input: Record<string, unknown>) => {
        const start = performance.now();
        const saved = await saveRoadmap(viewer, input);
        return { ms: performance.now() - start, saved };
      };
      const created = await timed({ markdown: generatedChecklist() });
      result.create!.push(created.ms);
      const roadmapId = created.saved.roadmapId!;
      const preview = await timed({ roadmapId, markdown: editedChecklist(), dryRun: true });
      result.preview!.push(preview.ms);
      const resaved = await timed({ roadmapId, markdown: editedChecklist() });
      result.resave!.push(resaved.ms);
      if (created.saved.counts.ADDED !== 5000 || resaved.saved.counts.RENAMED === 0) {
        throw new Error(`unexpected counts: ${JSON.stringify([created.saved.counts, resaved.saved.counts])}`);
      }
    }
    await db().$disconnect();
    return result;
  } finally {
    await embedded?.close();
    await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
