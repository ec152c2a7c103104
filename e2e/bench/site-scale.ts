import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startWaymark } from "../support/waymark-under-test";
import { ensureProductionBuild } from "./support/production-build";
import { createBenchLearners } from "./site/bench-learners";
import {
  busyVersusQuiet,
  compareSites,
  MIXED_ROUNDS,
  ROUNDS,
  SECONDS,
  type BusyQuiet,
  type Compared,
  type Site,
} from "./site/compare-sites";
import { cascadePlans, timeDeletes, type CascadePlan, type DeleteTimings } from "./site/delete-costs";
import { ROADMAP_QUERY, ROADMAP_SIGNED_IN, graphqlRequest } from "./site/operations";
import { checkHotPathPlans, type PlanCheck } from "./site/plan-check";
import { prepareSite, type PreparedSite } from "./site/prepare-site";
import { cacheGauges, metricsText, serverMemory } from "./site/server-readings";
import { describeShape, largeSite, SMALL_SITE } from "./site/site-shape";
import { backgroundSave, WORKLOADS } from "./site/workloads";

ensureProductionBuild();

/*
 * npm run bench:site
 *
 * Issue 21: is every request's cost flat in the size of the site? Generates two
 * sites on throwaway PostgreSQL databases, a small one (10 learners) and a large
 * one (10,000 learners, 200,000 roadmaps, 2 million progress rows, 20 million
 * history events, 50,000 notes; BENCH_SITE_SCALE=0.01 for a quick try), with
 * the benchmark's own learners made alike on both; starts a production server
 * (`next start`) on each; measures every workload on both in alternating
 * windows and prints large/small; then the mixed workload (readers while others
 * save, busy/quiet), deleteRoadmap and deleteAccount with the plans of their
 * cascades, the server's memory, and the plan of every statement the hot paths
 * send on the large site. Writes JSON to bench-results/ (git-ignored).
 *
 * BENCH_SECONDS (5) and BENCH_ROUNDS (2) size the windows (BENCH_MIXED_ROUNDS, 6, the
 * mixed workload's); BENCH_DELETE_REPETITIONS (3) is the number of roadmaps and
 * accounts deleted on each site; BENCH_ONLY=<regex>
 * keeps only the workloads it matches; BENCH_KEEP_DATABASES=1 leaves both
 * databases behind to look at.
 */

const log = (line: string) => console.error(line);
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : null;
const shapes = [SMALL_SITE, largeSite()];

const prepared: PreparedSite[] = [];
const servers: Site["waymark"][] = [];
let exitCode = 0;
try {
  for (const shape of shapes) {
    log(`Generating the ${shape.label} site: ${describeShape(shape)}`);
    const site = await prepareSite(shape, log);
    prepared.push(site);
    log(
      `  ${shape.label} site generated in ${(site.generated.ms / 1000).toFixed(1)} s, ` +
        `${(site.generated.bytes / 2 ** 30).toFixed(2)} GiB on disk`,
    );
  }

  const sites: Site[] = [];
  for (const [index, site] of prepared.entries()) {
    const waymark = await startWaymark("postgres", {
      port: 3295 + index,
      databaseUrl: site.database.url,
      env: { RATE_LIMIT_PER_MINUTE: "1000000000", ROADMAP_SAVES_PER_MINUTE: "1000000000", LOG_LEVEL: "warn" },
    });
    servers.push(waymark);
    log(`${site.shape.label} site: the benchmark's own learners`);
    const started = performance.now();
    const learners = await createBenchLearners(waymark, site.database.url);
    log(`  made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    sites.push({
      label: site.shape.label as Site["label"],
      waymark,
      learners,
      databaseUrl: site.database.url,
      databaseName: site.database.name,
    });
  }
  const pair = sites as [Site, Site];
  const [, large] = pair;

  const compared: Compared[] = [];
  for (const workload of WORKLOADS.filter((workload) => !only || only.test(workload.name))) {
    compared.push(await compareSites(pair, workload));
  }

  const mixed: BusyQuiet[] = [];
  if (!only || only.test("mixed")) {
    for (const site of pair) {
      const save = backgroundSave(site.learners);
      mixed.push(
        await busyVersusQuiet(
          site,
          "signed-in readers of the seed roadmap",
          40,
          () => graphqlRequest(ROADMAP_SIGNED_IN, { slug: "backend" }, site.learners.reader.cookie),
          save,
        ),
      );
      mixed.push(
        await busyVersusQuiet(
          site,
          "signed-out readers of the seed roadmap",
          40,
          () => graphqlRequest(ROADMAP_QUERY, { slug: "backend" }),
          save,
        ),
      );
    }
  }

  const cascades: { site: string; plans: CascadePlan[] }[] = [];
  const deletes: DeleteTimings[] = [];
  for (const site of pair) {
    cascades.push({ site: site.label, plans: await cascadePlans(site) });
    deletes.push(await timeDeletes(site));
  }

  const memory = pair.map((site) => ({ site: site.label, processes: serverMemory(site.waymark) }));
  const gauges = await Promise.all(
    pair.map(async (site) => ({ site: site.label, gauges: cacheGauges(await metricsText(site.waymark.url)) })),
  );

  log("Hot-path statements on the large site, captured from PostgreSQL's log and explained");
  const plans: PlanCheck = await checkHotPathPlans(
    large,
    WORKLOADS.map((workload) => workload.request(large.learners)(0)),
  );

  const report = printReport({ compared, mixed, deletes, cascades, memory, gauges, plans });
  const folder = path.resolve(import.meta.dirname, "../../bench-results");
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `site-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        cores: os.cpus().length,
        seconds: SECONDS,
        rounds: ROUNDS,
        sites: prepared.map((site) => ({ shape: site.shape, generated: site.generated })),
        compared,
        mixed,
        deletes,
        cascades,
        memory,
        gauges,
        plans,
        report,
      },
      null,
      2,
    ),
  );
  console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
  exitCode = compared.some((row) => row.small.errors + row.large.errors > 0) ? 1 : 0;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  for (const server of servers) await server.stop();
  if (!process.env.BENCH_KEEP_DATABASES) for (const site of prepared) await site.database.drop();
  else for (const site of prepared) log(`kept ${site.database.url}`);
}
process.exit(exitCode);

function printReport(results: {
  compared: Compared[];
  mixed: BusyQuiet[];
  deletes: DeleteTimings[];
  cascades: { site: string; plans: CascadePlan[] }[];
  memory: { site: string; processes: ReturnType<typeof serverMemory> }[];
  gauges: { site: string; gauges: string[] }[];
  plans: PlanCheck;
}): string {
  const fmt = (value: number | null | undefined, digits = 0) =>
    value === null || value === undefined || !Number.isFinite(value) ? "" : value.toFixed(digits);
  // Slow workloads answer a few times a second: a decimal keeps their figure readable.
  const rate = (value: number) => fmt(value, value < 10 ? 1 : 0);
  // Issue 21's goals, each a ratio measured in this run.
  const verdict = (met: boolean) => (met ? "yes" : "**no**");
  const lines: string[] = [];
  const out = (line = "") => lines.push(line);
  out(
    `${os.cpus().length} cores; ${ROUNDS} windows of ${SECONDS} s per workload and site, alternating small and large (the mixed workload: ${MIXED_ROUNDS} of each, quiet and busy alternating)`,
  );
  for (const site of prepared) {
    out(
      `${site.shape.label} site: ${describeShape(site.shape)}; generated in ${fmt(site.generated.ms / 1000, 1)} s, ` +
        `${fmt(site.generated.bytes / 2 ** 30, 2)} GiB on disk`,
    );
  }
  out();
  out(
    "| workload | conn. | small req/s | p50 | p99 | large req/s | p50 | p99 | large/small | flat (≥ 0.8) | SQL/request small / large | errors |",
  );
  out("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const row of results.compared) {
    out(
      `| ${row.workload} | ${row.connections} | ${rate(row.small.rps)} | ${row.small.p50} | ${row.small.p99} | ` +
        `${rate(row.large.rps)} | ${row.large.p50} | ${row.large.p99} | ${fmt(row.ratio, 2)} | ${verdict(row.ratio >= 0.8)} | ` +
        `${fmt(row.small.statementsPerRequest, 1)} / ${fmt(row.large.statementsPerRequest, 1)} | ${row.small.errors + row.large.errors} |`,
    );
  }
  if (results.mixed.length > 0) {
    out();
    out(
      "| mixed workload | site | quiet req/s | p99 | busy req/s | p99 | busy/quiet (median of rounds) | ≥ 0.9 | each round | ratio of medians | saves (failed) | CPU ms/answer quiet, busy | busy lookups |",
    );
    out("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (const row of results.mixed) {
      out(
        `| ${row.readers} | ${row.site} | ${rate(row.quiet.rps)} | ${row.quiet.p99} | ${rate(row.busy.rps)} | ${row.busy.p99} | ` +
          `${fmt(row.ratio, 2)} | ${verdict(row.ratio >= 0.9)} | ${row.pairRatios.map((ratio) => fmt(ratio, 2)).join(", ")} | ` +
          `${fmt(row.ratioOfMedians, 2)} | ${row.saves} (${row.saveErrors}) | ` +
          `${fmt(row.cpuMsPerAnswer.quiet, 2)}, ${fmt(row.cpuMsPerAnswer.busy, 2)} | ` +
          `${Object.entries(row.busyLookups)
            .filter(([, count]) => count > 0)
            .map(([name, count]) => `${name} ${count}`)
            .join(", ")} |`,
      );
    }
  }
  out();
  out("| delete, through the API | site | each (ms) | all under 1 s |");
  out("|---|---|---|---|");
  for (const row of results.deletes) {
    for (const [label, timings] of [
      ["deleteRoadmap (500 followers)", row.deleteRoadmapMs],
      ["deleteAccount (50 roadmaps)", row.deleteAccountMs],
    ] as const) {
      out(
        `| ${label} | ${row.site} | ${timings.map((ms) => fmt(ms)).join(", ")} | ${verdict(timings.every((ms) => ms < 1000))} |`,
      );
    }
  }
  // Every statement a delete ran (cascades included), with its sequential scans; on the large site, its slowest plan.
  for (const { site, plans } of results.cascades) {
    for (const plan of plans) {
      out();
      out(
        `${site} site: ${plan.statement}: ${fmt(plan.ms)} ms, ${plan.plans} statements run (the delete and its cascades)`,
      );
      for (const statement of plan.statements) {
        out(
          `  ${statement.runs} x ${statement.query.slice(0, 140)}: ${fmt(statement.totalMs, 1)} ms in all` +
            (statement.seqScans.length > 0 ? `; ${statement.seqScans.join(", ")}` : ""),
        );
        if (site === "large") out(statement.slowestPlan.replace(/^/gm, "      "));
      }
    }
  }
  out();
  out("Server memory after the workloads (RSS of `next start` and its processes):");
  for (const { site, processes } of results.memory) {
    for (const process of processes)
      out(`  ${site} site: pid ${process.pid} ${fmt(process.rssMiB)} MiB  ${process.command}`);
  }
  for (const { site, gauges } of results.gauges) {
    out(
      gauges.length === 0
        ? `  ${site} site: /api/metrics exports no gauge about caches, so their sizes are not shown`
        : `  ${site} site caches:\n    ${gauges.join("\n    ")}`,
    );
  }
  out();
  const { plans } = results;
  if (plans.skipped) out(`Plan check skipped: ${plans.skipped}`);
  else {
    out(
      `Plan check: ${plans.statements} distinct statements on the hot paths (from ${plans.logFile}); ` +
        `${plans.seqScans.length} scan Roadmap, Item, Progress, ProgressEvent or Note sequentially` +
        (plans.unexplained.length > 0 ? `; ${plans.unexplained.length} could not be explained` : ""),
    );
    for (const statement of plans.seqScans) {
      out();
      out(`  ${statement.sql.replace(/\s+/g, " ").slice(0, 400)}`);
      out(`  parameters: ${JSON.stringify(statement.parameters).slice(0, 300)}`);
      out(statement.plan.replace(/^/gm, "    "));
    }
    for (const statement of plans.unexplained) {
      out(`  not explained (${statement.error}): ${statement.sql.replace(/\s+/g, " ").slice(0, 200)}`);
    }
  }
  const text = lines.join("\n");
  console.log(`\n${text}`);
  return text;
}
