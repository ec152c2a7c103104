import { serverCounters } from "./site/server-readings";
import { runLoad, type LoadRequest } from "./support/load-window";
import { middle, upperMedian as median } from "./support/medians";

/**
 * `npm run bench:render -- <before-url> <after-url>`: the server render of the
 * pages every visitor gets, on two running servers (two versions of Waymark,
 * each a production build on its own database), in alternating windows so that
 * whatever else the machine does weighs on both alike. Prints each page's
 * answers per second and p50 on both, and after/before.
 *
 * Made for "server render time unchanged" goals: start the version before the
 * change from its own checkout (`npx next build && PORT=3301 npx next start`,
 * with `DATABASE_URL` of a throwaway database: migrations and the built-in
 * roadmaps are applied at start), the version after it likewise, then run this.
 * BENCH_SECONDS (5), BENCH_ROUNDS (3) and BENCH_CONNECTIONS (4) size the windows.
 *
 * When both servers run on this machine, it also reads each one's CPU time from its
 * metrics (loopback only, as api-bench does) around every window: CPU per page, and
 * the median over rounds of the after/before ratio of adjacent windows, which drifts
 * far less than answers per second on a shared machine. Steadier still: pin both
 * servers to one core and this script to another (`taskset -a -cp 1 <pid>`; `taskset -c 0 npm run bench:render ...`),
 * with many short rounds (BENCH_SECONDS=1 BENCH_ROUNDS=40). BENCH_PAGES=<regex> keeps only the
 * pages whose labels it matches (e.g. BENCH_PAGES='home|explore'); BENCH_LANGUAGE=<tag> asks every page in
 * that language instead of its own (e.g. en, to compare a version whose interface is English only on
 * pages of the same text).
 */

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: npm run bench:render -- <before-url> <after-url>");
  process.exit(2);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);

// Signed out, as a first visit: the language comes from Accept-Language.
const ALL_PAGES: { label: string; path: string; language: string }[] = [
  { label: "roadmap page (44 items), English", path: "/roadmaps/backend", language: "en" },
  { label: "roadmap page (44 items), Japanese", path: "/roadmaps/backend", language: "ja" },
  { label: "home page, Arabic", path: "/", language: "ar" },
  { label: "explore, Spanish", path: "/explore", language: "es" },
  { label: "guest dashboard, German", path: "/dashboard", language: "de" },
];
const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES, "i") : null;
const language = process.env.BENCH_LANGUAGE;
const PAGES = ALL_PAGES.filter((page) => !only || only.test(page.label)).map((page) =>
  language ? { ...page, label: `${page.label.replace(/, [^,]+$/, "")}, asked in ${language}`, language } : page,
);

/** The server's CPU ms so far (all its threads: the GC's helpers too); NaN where its metrics are not readable. */
async function cpuMs(url: string): Promise<number> {
  try {
    return (await serverCounters(url)).cpuSeconds * 1000;
  } catch {
    return Number.NaN;
  }
}

const cpuKnown = [await cpuMs(before), await cpuMs(after)].every(Number.isFinite);

const request = (path: string, language: string) => (): LoadRequest => ({
  method: "GET",
  path,
  headers: { "accept-language": language },
});

interface Sum {
  requests: number;
  seconds: number;
  p50s: number[];
  errors: number;
  /** CPU ms per page of each window, when the servers' metrics are readable. */
  cpu: number[];
}
const empty = (): Sum => ({ requests: 0, seconds: 0, p50s: [], errors: 0, cpu: [] });

const rows: string[] = [];
for (const page of PAGES) {
  const sums = { before: empty(), after: empty() };
  const urls = { before, after };
  const measure = async (which: "before" | "after", seconds: number) => {
    const cpuBefore = cpuKnown ? await cpuMs(urls[which]) : Number.NaN;
    const result = await runLoad({
      url: urls[which],
      connections: CONNECTIONS,
      seconds,
      request: request(page.path, page.language),
    });
    const cpu = cpuKnown ? ((await cpuMs(urls[which])) - cpuBefore) / result.requests : Number.NaN;
    return { ...result, cpu };
  };
  // Warm both (compilation caches, the database's buffers), then alternate, starting with either in turn.
  await measure("before", 2);
  await measure("after", 2);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const);
    for (const which of order) {
      const result = await measure(which, SECONDS);
      const sum = sums[which];
      sum.requests += result.requests;
      sum.seconds += SECONDS;
      sum.p50s.push(result.p50);
      sum.errors += result.errors;
      sum.cpu.push(result.cpu);
    }
  }
  const rps = (sum: Sum) => sum.requests / sum.seconds;
  const line =
    `| ${page.label} | ${rps(sums.before).toFixed(1)} | ${rps(sums.after).toFixed(1)} | ` +
    `${(rps(sums.after) / rps(sums.before)).toFixed(2)} | ${median(sums.before.p50s).toFixed(0)} | ` +
    `${median(sums.after.p50s).toFixed(0)} | ${sums.before.errors + sums.after.errors} |` +
    (cpuKnown
      ? ` ${middle(sums.before.cpu).toFixed(2)} | ${middle(sums.after.cpu).toFixed(2)} | ` +
        `${middle(sums.after.cpu.map((cpu, round) => cpu / sums.before.cpu[round]!)).toFixed(2)} |`
      : "");
  console.error(line);
  rows.push(line);
}

console.log(
  [
    `${CONNECTIONS} connections; ${ROUNDS} alternating rounds of ${SECONDS} s per page and version`,
    "",
    "| page | before req/s | after req/s | after/before | before p50 ms | after p50 ms | errors |" +
      (cpuKnown ? " before CPU ms/page | after CPU ms/page | CPU after/before (median of rounds) |" : ""),
    "|---|---|---|---|---|---|---|" + (cpuKnown ? "---|---|---|" : ""),
    ...rows,
  ].join("\n"),
);
