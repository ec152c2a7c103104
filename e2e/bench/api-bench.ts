import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { postGraphql } from "../support/graphql-over-http";
import { startWaymark, type DatabaseKind, type WaymarkUnderTest } from "../support/waymark-under-test";
import { medianPageTiming } from "./support/time-to-first-byte";
import { runLoad, type LoadRequest, type LoadResult } from "./support/load-window";
import { seedHistory } from "./support/seed-history";
import { seedCohort } from "./support/seed-cohort";
import { seedReviews } from "./support/seed-reviews";
import { saveGeneratedRoadmap } from "./support/generated-roadmap";
import { saveSkillRoadmaps, setLearnerStatuses } from "./support/skill-roadmaps";
import { ensureProductionBuild } from "./support/production-build";
import { ROADMAP_QUERY, ROADMAP_SIGNED_IN } from "./site/operations";
import { middle, upperMedian as median } from "./support/medians";

ensureProductionBuild();

/*
 * npm run bench
 *
 * The GraphQL API against its ceiling, on a production build (`next start`) on a
 * throwaway PostgreSQL database, and the same workloads on the embedded default.
 * Each workload alternates measured windows with the reference, the app's own
 * trivial JSON route (/api/health/live: no database, no auth), so that the
 * machine's drift cancels out in the ratio. Every limit, check, authorization and
 * the rate limiter stay on (its budget is set out of reach). SQL statements per
 * request come from the server's own metrics. Prints a table and writes JSON to
 * bench-results/ (git-ignored).
 *
 * BENCH_SECONDS (5) and BENCH_ROUNDS (3) size the windows; BENCH_ONLY=<regex>
 * keeps only the workloads whose names it matches (e.g. BENCH_ONLY=setItemStatus);
 * BENCH_KEEP_DATABASES=1 leaves the PostgreSQL database behind (its URL printed) to look into.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3290);
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : null;
const wanted = (workload: string) => !ONLY || ONLY.test(workload);
const JSON_HEADERS = { "content-type": "application/json" };
const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"];

const SET_STATUS = `mutation SetItemStatus($itemId: ID!, $status: ItemStatus!) {
  setItemStatus(input: { itemId: $itemId, status: $status }) { id status }
}`;
const DASHBOARD = `query Dashboard {
  viewer {
    activity(timeZone: "Europe/Paris") { currentStreak longestStreak totalChanges days { date count } }
    followedRoadmaps { slug progress { percent done total } history(days: 365, timeZone: "Europe/Paris") { date finished total } }
    inProgressItems(first: 5) { id title }
  }
}`;

interface Measured {
  workload: string;
  database: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  referenceRps: number;
  ratio: number;
  statementsPerRequest: number | null;
  /** The server's CPU milliseconds per answer under load (NaN where not measured). */
  cpuMsPerRequest: number;
}

// Fresh connections for the bookkeeping requests: a kept-alive one the server
// has just timed out would fail the run for nothing.
const FRESH = { connection: "close" };

/** The server's counters: SQL statements sent, and CPU seconds spent (its process, and PGlite's when embedded). */
async function serverCounters(url: string): Promise<{ statements: number; cpuSeconds: number }> {
  const text = await (
    await fetch(`${url}/api/metrics`, { headers: FRESH, signal: AbortSignal.timeout(30_000) })
  ).text();
  return {
    statements: Number(/^waymark_db_statements_total (\d+)/m.exec(text)?.[1] ?? Number.NaN),
    cpuSeconds: Number(/^process_cpu_seconds_total (\S+)/m.exec(text)?.[1] ?? Number.NaN),
  };
}

/**
 * Two workloads in adjacent windows, which one goes first alternating, round after round: the
 * ratios of each round (`workload` over `reference`, answers per second) share whatever else the
 * machine was doing, so their median is steadier than a ratio of two figures each taken against
 * the health check in windows of their own. Returns every round's ratio.
 */
async function pairedRatios(
  waymark: WaymarkUnderTest,
  connections: number,
  reference: (sent: number) => LoadRequest,
  workload: (sent: number) => LoadRequest,
  rounds = 6,
): Promise<number[]> {
  const window = (request: (sent: number) => LoadRequest) =>
    runLoad({ url: waymark.url, connections, seconds: SECONDS, request });
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      const before = await window(reference);
      ratios.push((await window(workload)).rps / before.rps);
    } else {
      const first = await window(workload);
      ratios.push(first.rps / (await window(reference)).rps);
    }
  }
  return ratios;
}

/** Alternating windows: reference, workload, reference, workload... after a warm-up of each. */
async function versusReference(
  waymark: WaymarkUnderTest,
  workload: string,
  connections: number,
  request: (sent: number) => LoadRequest,
): Promise<Measured[]> {
  if (!wanted(workload)) return [];
  const reference = () => ({ method: "GET" as const, path: "/api/health/live" });
  await runLoad({ url: waymark.url, connections, seconds: 2, request: reference });
  await runLoad({ url: waymark.url, connections, seconds: 2, request });
  const references: LoadResult[] = [];
  const results: LoadResult[] = [];
  // The server's CPU time per answer, in the workload's windows only: unlike
  // throughput, it hardly moves when another process takes the cores.
  let cpuSeconds = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    references.push(await runLoad({ url: waymark.url, connections, seconds: SECONDS, request: reference }));
    const start = await serverCounters(waymark.url);
    results.push(await runLoad({ url: waymark.url, connections, seconds: SECONDS, request }));
    cpuSeconds += (await serverCounters(waymark.url)).cpuSeconds - start.cpuSeconds;
  }
  const answered = results.reduce((sum, result) => sum + result.requests, 0);
  // Statements per request, counted on requests sent one at a time: under load,
  // requests still in flight when a window closes would blur the division.
  const SAMPLE = 20;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const before = (await serverCounters(waymark.url)).statements;
  for (let sent = 0; sent < SAMPLE; sent += 1) {
    const next = request(1_000_000 + sent);
    try {
      const answer = await fetch(`${waymark.url}${next.path}`, {
        method: next.method,
        headers: { ...next.headers, ...FRESH },
        body: next.body,
        signal: AbortSignal.timeout(30_000),
      });
      await answer.arrayBuffer();
    } catch (error) {
      // A stalled server is a finding, not a crash of the bench: say what it was doing.
      const metrics = await (
        await fetch(`${waymark.url}/api/metrics`, { headers: FRESH, signal: AbortSignal.timeout(5_000) })
      )
        .text()
        .catch((reason: unknown) => `metrics unavailable: ${String(reason)}`);
      throw new Error(
        `${workload}: a request sent alone got no answer (${String(error)}); server metrics:\n` +
          metrics
            .split("\n")
            .filter((line) => /^waymark_(db_pool|database_up|http_requests_total)/.test(line))
            .join("\n"),
      );
    }
  }
  const statements = (await serverCounters(waymark.url)).statements - before;
  const requests = SAMPLE;
  const rps = median(results.map((result) => result.rps));
  const referenceRps = median(references.map((result) => result.rps));
  const measured: Measured = {
    workload,
    database: waymark.kind === "postgres" ? "PostgreSQL" : "embedded",
    connections,
    rps,
    p50: median(results.map((result) => result.p50)),
    p99: median(results.map((result) => result.p99)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    referenceRps,
    ratio: rps / referenceRps,
    // The metrics scrape itself is not a statement; requests include only the workload's.
    statementsPerRequest: Number.isFinite(statements) ? statements / requests : null,
    cpuMsPerRequest: (cpuSeconds * 1000) / answered,
  };
  console.error(
    `${measured.database} ${workload} x${connections}: ${rps.toFixed(0)} req/s vs ${referenceRps.toFixed(0)} ` +
      `(${measured.ratio.toFixed(2)}), p99 ${measured.p99} ms, ${measured.statementsPerRequest?.toFixed(2)} statements, ` +
      `${measured.cpuMsPerRequest.toFixed(2)} CPU ms, ` +
      `${measured.errors} errors${results.find((result) => result.firstError)?.firstError ? ` (${results.find((result) => result.firstError)!.firstError})` : ""}`,
  );
  return [measured];
}

const graphql = (query: string, variables: Record<string, unknown>, cookie?: string): LoadRequest => ({
  method: "POST",
  path: "/api/graphql",
  headers: cookie ? { ...JSON_HEADERS, cookie } : JSON_HEADERS,
  body: JSON.stringify({ query, variables }),
});

async function itemIdsOf(waymark: WaymarkUnderTest, slug: string): Promise<string[]> {
  const answer = await postGraphql<{ roadmap: { items: { id: string }[] } }>(
    waymark.url,
    `query Items($slug: String!) { roadmap(slug: $slug) { items { id } } }`,
    { slug },
  );
  return answer.data!.roadmap.items.map((item) => item.id);
}

async function benchDatabase(kind: DatabaseKind, withGrowth: boolean): Promise<Measured[]> {
  const waymark = await startWaymark(kind, {
    // Two benchmarks on one machine need ports of their own (BENCH_PORT: PostgreSQL's server; the next, embedded).
    port: BENCH_PORT + (kind === "postgres" ? 0 : 1),
    env: { RATE_LIMIT_PER_MINUTE: "1000000000", LOG_LEVEL: "warn" },
  });
  const rows: Measured[] = [];
  try {
    const learners = await Promise.all(
      Array.from({ length: 10 }, () => waymark.signIn(`bench-${randomBytes(3).toString("hex")}`)),
    );
    const items = await itemIdsOf(waymark, "backend");
    // The signed-in reader has some progress and notes, as a real learner would.
    for (const [index, itemId] of items.slice(0, 12).entries()) {
      await postGraphql(waymark.url, SET_STATUS, { itemId, status: STATUSES[index % 3] }, { cookie: learners[0] });
    }
    rows.push(
      ...(await versusReference(waymark, "1 roadmap query, signed out (44 items)", 50, () =>
        graphql(ROADMAP_QUERY, { slug: "backend" }),
      )),
    );
    rows.push(
      ...(await versusReference(waymark, "2 roadmap query, signed in (44 items)", 50, () =>
        graphql(ROADMAP_SIGNED_IN, { slug: "backend" }, learners[0]),
      )),
    );
    // The issue's goal for the embedded default: a signed-in reader's p99 at 10 connections.
    rows.push(
      ...(await versusReference(waymark, "2 roadmap query, signed in (44 items), 10 connections", 10, () =>
        graphql(ROADMAP_SIGNED_IN, { slug: "backend" }, learners[0]),
      )),
    );
    // Consecutive writes (in flight together) go to different items; each pass moves every item on.
    rows.push(
      ...(await versusReference(waymark, "3 setItemStatus, different items", 10, (sent) =>
        graphql(
          SET_STATUS,
          {
            itemId: items[sent % items.length],
            status: STATUSES[Math.floor(sent / (items.length * learners.length)) % STATUSES.length],
          },
          learners[Math.floor(sent / items.length) % learners.length],
        ),
      )),
    );
    if (!withGrowth) return rows;

    if (wanted("4 dashboard")) rows.push(...(await dashboardWithHistory(waymark)));
    for (const size of [500, 2000]) rows.push(...(await generatedRoadmapReads(waymark, size, learners[0]!)));
    if (wanted("6 cohort")) rows.push(...(await cohortMatrix(waymark)));
    if (wanted("7 review")) rows.push(...(await reviewAtScale(waymark)));
    if (wanted("8 skills")) rows.push(...(await skillsAtScale(waymark)));
    return rows;
  } finally {
    await waymark.stop();
  }
}

/** 4: the dashboard of a learner with 10,000 progress events (server time and the page's first byte). */
async function dashboardWithHistory(waymark: WaymarkUnderTest): Promise<Measured[]> {
  const rows: Measured[] = [];
  const heavy = `history-${randomBytes(3).toString("hex")}`;
  const heavyCookie = await waymark.signIn(heavy);
  await waymark.inspect((db) => seedHistory(db, heavy, "backend", 10_000));
  // A one-second warm-up, then the measured window.
  await runLoad({ url: waymark.url, connections: 1, seconds: 1, request: () => graphql(DASHBOARD, {}, heavyCookie) });
  const timed = await runLoad({
    url: waymark.url,
    connections: 1,
    seconds: SECONDS,
    request: () => graphql(DASHBOARD, {}, heavyCookie),
  });
  const page = await medianPageTiming(`${waymark.url}/dashboard`, { cookie: heavyCookie });
  console.error(
    `dashboard data (10,000 events): p50 ${timed.p50} ms, p99 ${timed.p99} ms; /dashboard first byte ` +
      `${page.firstByte.toFixed(0)} ms, whole page ${page.total.toFixed(0)} ms`,
  );
  rows.push({
    workload: "4 dashboard data, 10,000 events (server time, 1 connection)",
    database: "PostgreSQL",
    connections: 1,
    rps: timed.rps,
    p50: timed.p50,
    p99: timed.p99,
    errors: timed.errors,
    referenceRps: Number.NaN,
    ratio: Number.NaN,
    statementsPerRequest: null,
    cpuMsPerRequest: Number.NaN,
  });
  rows.push({
    workload: `4 /dashboard page: first byte ${page.firstByte.toFixed(0)} ms, whole ${page.total.toFixed(0)} ms`,
    database: "PostgreSQL",
    connections: 1,
    rps: Number.NaN,
    p50: Math.round(page.firstByte),
    p99: Math.round(page.total),
    errors: 0,
    referenceRps: Number.NaN,
    ratio: Number.NaN,
    statementsPerRequest: null,
    cpuMsPerRequest: Number.NaN,
  });
  return rows;
}

/** 5: growth, on generated roadmaps of 500 and 2,000 items, read signed out and signed in. */
async function generatedRoadmapReads(waymark: WaymarkUnderTest, size: number, learner: string): Promise<Measured[]> {
  const rows: Measured[] = [];
  const names = [`signed out (${size} items)`, `signed in (${size} items)`].map((name) => `5 roadmap query, ${name}`);
  if (!names.some(wanted)) return rows;
  const slug = await saveGeneratedRoadmap(waymark, size);
  rows.push(
    ...(await versusReference(waymark, `5 roadmap query, signed out (${size} items)`, 50, () =>
      graphql(ROADMAP_QUERY, { slug }),
    )),
  );
  rows.push(
    ...(await versusReference(waymark, `5 roadmap query, signed in (${size} items)`, 50, () =>
      graphql(ROADMAP_SIGNED_IN, { slug }, learner),
    )),
  );
  return rows;
}

const COHORT_MEMBERS = 500;
const COHORT_ITEMS = 2000;
// What the mentor's page shows of each member: name, role, percent, pace, forecast, target, last
// activity, stuck items, and each section's counts (compact: three numbers a section, the totals once).
const COHORT_MATRIX = `query CohortMatrix($id: ID!) {
  cohort(id: $id) {
    id memberCount
    matrix {
      sections { id title }
      sectionTotals
      rows {
        member {
          user { login name } role lastActiveAt stuckItems { id title }
          completion { percent pacePerWeek forecast finishOn targetDate targetStatus }
        }
        counts
      }
    }
  }
}`;

/**
 * 6: a mentor's matrix of a cohort at its cap (500 members) on a 2,000-item
 * roadmap, each member with a year of history: the GraphQL query at one
 * connection (server time and statements), and the mentor page's first byte.
 */
async function cohortMatrix(waymark: WaymarkUnderTest): Promise<Measured[]> {
  const slug = await saveGeneratedRoadmap(waymark, COHORT_ITEMS);
  const owner = await waymark.signIn(`mentor-${randomBytes(3).toString("hex")}`);
  const roadmap = (await postGraphql<{ roadmap: { id: string } }>(
    waymark.url,
    `query { roadmap(slug: "${slug}") { id } }`,
  ))!.data!.roadmap;
  const created = await postGraphql<{ createCohort: { id: string } }>(
    waymark.url,
    `mutation Create($roadmapId: ID!) { createCohort(input: { roadmapId: $roadmapId, name: "Bench cohort" }) { id } }`,
    { roadmapId: roadmap.id },
    { cookie: owner },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const cohortId = created.data!.createCohort.id;
  const started = performance.now();
  const { events } = await waymark.inspect((db) => seedCohort(db, cohortId, COHORT_MEMBERS));
  console.error(
    `cohort of ${COHORT_MEMBERS} on ${COHORT_ITEMS} items seeded with ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const request = () => graphql(COHORT_MATRIX, { id: cohortId }, owner);
  await runLoad({ url: waymark.url, connections: 1, seconds: 2, request });
  const before = await serverCounters(waymark.url);
  const timed = await runLoad({ url: waymark.url, connections: 1, seconds: SECONDS * ROUNDS, request });
  const after = await serverCounters(waymark.url);
  const statements = after.statements - before.statements;
  // The server's CPU per answer moves far less than its latency when other processes take the cores.
  const cpuMsPerRequest = ((after.cpuSeconds - before.cpuSeconds) * 1000) / timed.requests;
  const page = await medianPageTiming(`${waymark.url}/cohorts/${cohortId}`, { cookie: owner });
  console.error(
    `cohort matrix: p50 ${timed.p50} ms, p99 ${timed.p99} ms, ${(statements / timed.requests).toFixed(2)} statements, ` +
      `${cpuMsPerRequest.toFixed(1)} CPU ms; ` +
      `mentor page first byte ${page.firstByte.toFixed(0)} ms, whole ${page.total.toFixed(0)} ms`,
  );
  const shared = {
    database: "PostgreSQL",
    connections: 1,
    referenceRps: Number.NaN,
    ratio: Number.NaN,
    cpuMsPerRequest: Number.NaN,
  };
  return [
    {
      ...shared,
      cpuMsPerRequest,
      workload: `6 cohort matrix (${COHORT_MEMBERS} members, ${COHORT_ITEMS} items, a year each; server time)`,
      rps: timed.rps,
      p50: timed.p50,
      p99: timed.p99,
      errors: timed.errors,
      statementsPerRequest: statements / timed.requests,
    },
    {
      ...shared,
      workload: `6 /cohorts/<id> mentor page: first byte ${page.firstByte.toFixed(0)} ms, whole ${page.total.toFixed(0)} ms`,
      rps: Number.NaN,
      p50: Math.round(page.firstByte),
      p99: Math.round(page.total),
      errors: 0,
      statementsPerRequest: null,
    },
  ];
}

const REVIEW_ITEMS = 5000;
const REVIEW_QUEUE = `query ReviewQueue {
  viewer { reviewQueue(timeZone: "Europe/Paris") { dueToday overdue remainingToday
    items { nodes { id title review { due reps retrievability } } pageInfo { hasNextPage endCursor } } } }
}`;
const REVIEW_ITEM = `mutation ReviewItem($itemId: ID!, $rating: ReviewRating!) {
  reviewItem(input: { itemId: $itemId, rating: $rating }) { id review { due reps } }
}`;

/**
 * 7: spaced review at scale (issue 23): a learner with 5,000 items in review and
 * two years of ratings; the queue's first page and reviewItem, one connection
 * each (server time and statements per request).
 */
async function reviewAtScale(waymark: WaymarkUnderTest): Promise<Measured[]> {
  const slug = await saveGeneratedRoadmap(waymark, REVIEW_ITEMS);
  const login = `reviewer-${randomBytes(3).toString("hex")}`;
  const cookie = await waymark.signIn(login);
  const started = performance.now();
  const seeded = await waymark.inspect((db) => seedReviews(db, login, slug));
  console.error(
    `review: ${seeded.cards} cards and ${seeded.events} ratings seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const items = await itemIdsOf(waymark, slug);
  const measure = async (workload: string, request: (sent: number) => LoadRequest): Promise<Measured> => {
    await runLoad({ url: waymark.url, connections: 1, seconds: 2, request });
    const before = (await serverCounters(waymark.url)).statements;
    const timed = await runLoad({ url: waymark.url, connections: 1, seconds: SECONDS * ROUNDS, request });
    const statements = (await serverCounters(waymark.url)).statements - before;
    console.error(
      `${workload}: p50 ${timed.p50} ms, p99 ${timed.p99} ms, ${(statements / timed.requests).toFixed(2)} statements`,
    );
    return {
      workload,
      database: "PostgreSQL",
      connections: 1,
      rps: timed.rps,
      p50: timed.p50,
      p99: timed.p99,
      errors: timed.errors,
      referenceRps: Number.NaN,
      ratio: Number.NaN,
      statementsPerRequest: statements / timed.requests,
      cpuMsPerRequest: Number.NaN,
    };
  };
  const ratings = ["GOOD", "GOOD", "HARD", "EASY", "AGAIN"];
  return [
    await measure(`7 review queue, first page (${REVIEW_ITEMS} in review, two years of ratings)`, () =>
      graphql(REVIEW_QUEUE, {}, cookie),
    ),
    await measure(`7 reviewItem (${REVIEW_ITEMS} in review, two years of ratings)`, (sent) =>
      graphql(REVIEW_ITEM, { itemId: items[sent % items.length], rating: ratings[sent % ratings.length] }, cookie),
    ),
  ];
}

/**
 * 8: one skill, one status (issue 24). A learner following 50 roadmaps that share 500
 * skills (each claimed on 5 of them; half of every roadmap's 100 items claim one), with a
 * status on every skill: reading one of the roadmaps signed in, and setting the status of
 * items claiming skills (each change copied to 4 other roadmaps). The reference is the same
 * learner and the same requests on a roadmap of the same shape claiming no skill: the cost
 * before skills existed. The goal: no worse than 10%, read off the paired windows (pairedRatios),
 * which are printed after the table's rows.
 */
async function skillsAtScale(waymark: WaymarkUnderTest): Promise<Measured[]> {
  const { skilled, plain } = await saveSkillRoadmaps(waymark);
  const cookie = await waymark.signIn(`skills-${randomBytes(3).toString("hex")}`);
  const started = performance.now();
  const skilledItems = await Promise.all(skilled.map((slug) => itemIdsOf(waymark, slug)));
  const plainItems = await itemIdsOf(waymark, plain);
  await setLearnerStatuses(skilledItems, plainItems, (itemId, status) =>
    postGraphql(waymark.url, SET_STATUS, { itemId, status }, { cookie }),
  );
  console.error(`skills: the learner's statuses set in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // Statistics of what the setup wrote, as a served database has them within a minute (autovacuum,
  // or server/db/table-upkeep.ts where it does not run): planned without them, each click's skill
  // sync read every section of the roadmaps it copied to (0.36 of the reference instead of 0.81).
  await waymark.inspect((db) => db.$executeRawUnsafe("ANALYZE"));
  const rows: Measured[] = [];
  const read = (slug: string) => () => graphql(ROADMAP_SIGNED_IN, { slug }, cookie);
  rows.push(
    ...(await versusReference(waymark, "8 skills: roadmap query, signed in, no skill (reference)", 50, read(plain))),
  );
  rows.push(
    ...(await versusReference(
      waymark,
      "8 skills: roadmap query, signed in, 50 of 100 items claim skills",
      50,
      read(skilled[0]!),
    )),
  );
  // The first 50 items of skills-0 claim a skill each; the plain roadmap's first 50 claim none.
  const write = (items: string[]) => (sent: number) =>
    graphql(
      SET_STATUS,
      { itemId: items[sent % 50], status: STATUSES[Math.floor(sent / 50) % STATUSES.length] },
      cookie,
    );
  rows.push(
    ...(await versusReference(
      waymark,
      "8 skills: setItemStatus, items claiming no skill (reference)",
      10,
      write(plainItems),
    )),
  );
  rows.push(
    ...(await versusReference(
      waymark,
      "8 skills: setItemStatus, items claiming a skill on 5 followed roadmaps",
      10,
      write(skilledItems[0]!),
    )),
  );
  const [readPlain, readSkilled, writePlain, writeSkilled] = rows;
  if (readPlain && readSkilled) {
    console.error(
      `8 skills: roadmap query with skills / without: ${(readSkilled.rps / readPlain.rps).toFixed(2)} (goal at least 0.90)`,
    );
  }
  if (writePlain && writeSkilled) {
    console.error(
      `8 skills: setItemStatus with skills / without: ${(writeSkilled.rps / writePlain.rps).toFixed(2)} (goal at least 0.90)`,
    );
  }
  // The same two comparisons in paired windows (the goal's figure: see pairedRatios).
  const paired = async (
    label: string,
    connections: number,
    plainRequest: (sent: number) => LoadRequest,
    skilledRequest: (sent: number) => LoadRequest,
  ) => {
    const ratios = await pairedRatios(waymark, connections, plainRequest, skilledRequest);
    console.error(
      `8 skills: ${label} with skills / without, paired windows: median ${middle(ratios).toFixed(2)} ` +
        `(rounds ${ratios.map((ratio) => ratio.toFixed(2)).join(", ")}; goal at least 0.90)`,
    );
  };
  if (readPlain && readSkilled) await paired("roadmap query", 50, read(plain), read(skilled[0]!));
  if (writePlain && writeSkilled) await paired("setItemStatus", 10, write(plainItems), write(skilledItems[0]!));
  return rows;
}

const rows = [...(await benchDatabase("postgres", true)), ...(await benchDatabase("embedded", false))];

const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "");
const table = [
  `${os.cpus().length} cores; ${ROUNDS} rounds of ${SECONDS} s per workload, alternating with the reference (/api/health/live)`,
  "",
  "| workload | database | conn. | req/s | reference req/s | ratio | p50 ms | p99 ms | SQL/request | CPU ms/request | errors |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  ...rows.map(
    (row) =>
      `| ${row.workload} | ${row.database} | ${row.connections} | ${fmt(row.rps)} | ${fmt(row.referenceRps)} | ` +
      `${fmt(row.ratio, 2)} | ${row.p50} | ${row.p99} | ${row.statementsPerRequest === null ? "" : fmt(row.statementsPerRequest, 2)} | ${fmt(row.cpuMsPerRequest, 2)} | ${row.errors} |`,
  ),
].join("\n");
console.log(`\n${table}`);
const folder = path.resolve(import.meta.dirname, "../../bench-results");
fs.mkdirSync(folder, { recursive: true });
const file = path.join(folder, `api-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(file, JSON.stringify({ cores: os.cpus().length, seconds: SECONDS, rounds: ROUNDS, rows }, null, 2));
console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
process.exit(rows.some((row) => row.errors > 0) ? 1 : 0);
