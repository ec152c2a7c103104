import type { WaymarkUnderTest } from "../../support/waymark-under-test";
import { runLoad, type LoadRequest, type LoadResult } from "../support/load-window";
import type { BenchLearners } from "./bench-learners";
import { serverCounters, statementsSoFar } from "./server-readings";
import { middle, upperMedian as median } from "../support/medians";

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/**
 * Windows of each kind in the mixed workload (BENCH_MIXED_ROUNDS): its goal is a ratio of 0.9,
 * within what two windows of each scatter by (0.84-0.98 for the same code on 6 Dec, against
 * 0.93-0.97 with six).
 */
export const MIXED_ROUNDS = Number(process.env.BENCH_MIXED_ROUNDS ?? 6);

export interface Site {
  label: "small" | "large";
  waymark: WaymarkUnderTest;
  learners: BenchLearners;
  databaseUrl: string;
  databaseName: string;
}

export interface Workload {
  name: string;
  connections: number;
  /**
   * Windows this many times BENCH_SECONDS long, for requests that take seconds:
   * the load generator counts only the answers that arrive within the window.
   */
  longerWindows?: number;
  /** The next request, for this site's own learners. */
  request: (learners: BenchLearners) => (sent: number) => LoadRequest;
}

export interface SiteFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  firstError?: string;
  statementsPerRequest: number | null;
}

export interface Compared {
  workload: string;
  connections: number;
  small: SiteFigures;
  large: SiteFigures;
  /** Large-site throughput over small-site throughput: 1 is flat in site size. */
  ratio: number;
}

/**
 * SQL statements per request, counted on requests sent one at a time: under
 * load, requests still in flight when a window closes would blur the division.
 */
async function statementsPerRequest(site: Site, request: (sent: number) => LoadRequest): Promise<number | null> {
  const SAMPLE = 10;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const before = await statementsSoFar(site.waymark.url);
  for (let sent = 0; sent < SAMPLE; sent += 1) {
    const next = request(1_000_000 + sent);
    const answer = await fetch(`${site.waymark.url}${next.path}`, {
      method: next.method,
      headers: { ...next.headers, connection: "close" },
      body: next.body,
      signal: AbortSignal.timeout(60_000),
    });
    await answer.arrayBuffer();
  }
  const statements = (await statementsSoFar(site.waymark.url)) - before;
  return Number.isFinite(statements) ? statements / SAMPLE : null;
}

function figures(results: LoadResult[], statements: number | null): SiteFigures {
  return {
    rps: median(results.map((result) => result.rps)),
    p50: median(results.map((result) => result.p50)),
    p99: median(results.map((result) => result.p99)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    firstError: results.find((result) => result.firstError)?.firstError,
    statementsPerRequest: statements,
  };
}

/**
 * One workload on both sites: a warm-up window on each, then measured windows
 * alternating small, large, small, large..., so that the machine's drift (two
 * cores shared with others) falls on both sites alike.
 */
export async function compareSites(sites: [Site, Site], workload: Workload): Promise<Compared> {
  const requests = sites.map((site) => workload.request(site.learners));
  for (const [index, site] of sites.entries()) {
    await runLoad({
      url: site.waymark.url,
      connections: workload.connections,
      seconds: 2 * (workload.longerWindows ?? 1),
      request: requests[index]!,
    });
  }
  const results: LoadResult[][] = [[], []];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, site] of sites.entries()) {
      results[index]!.push(
        await runLoad({
          url: site.waymark.url,
          connections: workload.connections,
          seconds: SECONDS * (workload.longerWindows ?? 1),
          request: requests[index]!,
        }),
      );
    }
  }
  const [small, large] = await Promise.all(
    [0, 1].map(async (index) => figures(results[index]!, await statementsPerRequest(sites[index]!, requests[index]!))),
  );
  const compared = {
    workload: workload.name,
    connections: workload.connections,
    small: small!,
    large: large!,
    ratio: large!.rps / small!.rps,
  };
  console.error(
    `${workload.name} x${workload.connections}: small ${small!.rps.toFixed(0)} req/s p50 ${small!.p50} p99 ${small!.p99}; ` +
      `large ${large!.rps.toFixed(0)} req/s p50 ${large!.p50} p99 ${large!.p99}; ratio ${compared.ratio.toFixed(2)}; ` +
      `SQL ${small!.statementsPerRequest?.toFixed(1)}/${large!.statementsPerRequest?.toFixed(1)}` +
      (small!.errors + large!.errors > 0
        ? `; errors ${small!.errors}/${large!.errors}: ${small!.firstError ?? large!.firstError}`
        : ""),
  );
  return compared;
}

export interface BusyQuiet {
  readers: string;
  site: string;
  quiet: SiteFigures;
  busy: SiteFigures;
  /**
   * Busy throughput over quiet throughput: the median of each round's ratio (its busy window
   * over the quiet one beside it), the goal's figure. Adjacent windows share the machine's
   * state (other work on its two cores, the heap's size), so a pair's ratio leaves out the
   * drift between rounds that a ratio of two medians of six windows each carried (1.20 and
   * 0.86 in one run of 7 Dec for code the other runs put at 0.9-0.97).
   */
  ratio: number;
  /** Each round's busy over quiet, in order. */
  pairRatios: number[];
  /** The median busy throughput over the median quiet one (the figure before pairs). */
  ratioOfMedians: number;
  saves: number;
  saveErrors: number;
  /** The server's CPU ms per reader's answer, quiet, and busy (the saves' own work included). */
  cpuMsPerAnswer: { quiet: number; busy: number };
  /** Answer-cache lookups in the busy windows, by "kind result": a save invalidating readers' answers shows as stale. */
  busyLookups: Record<string, number>;
}

/**
 * Readers at `connections`, alone (quiet) and while other learners save their
 * own private roadmaps twice a second (busy), in alternating windows.
 */
export async function busyVersusQuiet(
  site: Site,
  readers: string,
  connections: number,
  request: (sent: number) => LoadRequest,
  save: (sent: number) => LoadRequest,
): Promise<BusyQuiet> {
  await runLoad({ url: site.waymark.url, connections, seconds: 2, request });
  const quiet: LoadResult[] = [];
  const busy: LoadResult[] = [];
  let sent = 0;
  let saves = 0;
  let saveErrors = 0;
  const cpu = { quiet: 0, busy: 0 };
  const busyLookups: Record<string, number> = {};
  const quietWindow = async () => {
    const before = await serverCounters(site.waymark.url);
    quiet.push(await runLoad({ url: site.waymark.url, connections, seconds: SECONDS, request }));
    cpu.quiet += (await serverCounters(site.waymark.url)).cpuSeconds - before.cpuSeconds;
  };
  const busyWindow = async (measured = true) => {
    const before = await serverCounters(site.waymark.url);
    const pending: Promise<void>[] = [];
    const saver = setInterval(() => {
      const next = save(sent++);
      if (measured) saves += 1;
      pending.push(
        fetch(`${site.waymark.url}${next.path}`, { method: next.method, headers: next.headers, body: next.body })
          .then(async (answer) => {
            const text = await answer.text();
            if (answer.status !== 200 || text.includes('"errors"')) saveErrors += 1;
          })
          .catch(() => void (saveErrors += 1)),
      );
    }, 500);
    let window: LoadResult;
    try {
      window = await runLoad({ url: site.waymark.url, connections, seconds: SECONDS, request });
    } finally {
      clearInterval(saver);
      await Promise.all(pending);
    }
    if (!measured) return;
    busy.push(window);
    const after = await serverCounters(site.waymark.url);
    cpu.busy += after.cpuSeconds - before.cpuSeconds;
    for (const [name, count] of after.lookups)
      busyLookups[name] = (busyLookups[name] ?? 0) + count - (before.lookups.get(name) ?? 0);
  };
  // Quiet, busy, then busy, quiet (and so on): whatever drifts over the windows (the heap
  // growing, the machine's other work) weighs on both alike instead of always on the busy one.
  // One busy window unmeasured: the first saves on a server compile the save's code
  // (markdown reader, diff, writes), which would weigh on the first busy window only.
  await busyWindow(false);
  for (let round = 0; round < MIXED_ROUNDS; round += 1) {
    if (round % 2 === 0) {
      await quietWindow();
      await busyWindow();
    } else {
      await busyWindow();
      await quietWindow();
    }
  }
  const answered = (results: LoadResult[]) => results.reduce((sum, result) => sum + result.requests, 0);
  const result = {
    readers,
    site: site.label,
    quiet: figures(quiet, null),
    busy: figures(busy, null),
    ratio: 0,
    pairRatios: quiet.map((window, round) => busy[round]!.rps / window.rps),
    ratioOfMedians: 0,
    saves,
    saveErrors,
    cpuMsPerAnswer: { quiet: (1000 * cpu.quiet) / answered(quiet), busy: (1000 * cpu.busy) / answered(busy) },
    busyLookups,
  };
  result.ratio = middle(result.pairRatios);
  result.ratioOfMedians = result.busy.rps / result.quiet.rps;
  console.error(
    `${site.label} site, ${readers} x${connections}: quiet ${result.quiet.rps.toFixed(0)} req/s p99 ${result.quiet.p99}; ` +
      `busy ${result.busy.rps.toFixed(0)} req/s p99 ${result.busy.p99}; busy/quiet ${result.ratio.toFixed(2)} ` +
      `(rounds ${result.pairRatios.map((ratio) => ratio.toFixed(2)).join(" ")}; medians ${result.ratioOfMedians.toFixed(2)}) ` +
      `(${saves} saves, ${saveErrors} failed); server CPU ms per answer quiet ${result.cpuMsPerAnswer.quiet.toFixed(2)}, ` +
      `busy ${result.cpuMsPerAnswer.busy.toFixed(2)} (saves included); busy lookups ${JSON.stringify(busyLookups)}`,
  );
  return result;
}
