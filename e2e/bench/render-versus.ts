import { runLoad, type LoadRequest } from "./support/load-window";
import { upperMedian as median } from "./support/medians";

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
const PAGES: { label: string; path: string; language: string }[] = [
  { label: "roadmap page (44 items), English", path: "/roadmaps/backend", language: "en" },
  { label: "roadmap page (44 items), Japanese", path: "/roadmaps/backend", language: "ja" },
  { label: "home page, Arabic", path: "/", language: "ar" },
  { label: "explore, Spanish", path: "/explore", language: "es" },
  { label: "guest dashboard, German", path: "/dashboard", language: "de" },
];

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
}
const empty = (): Sum => ({ requests: 0, seconds: 0, p50s: [], errors: 0 });

const rows: string[] = [];
for (const page of PAGES) {
  const sums = { before: empty(), after: empty() };
  const urls = { before, after };
  const measure = (which: "before" | "after", seconds: number) =>
    runLoad({ url: urls[which], connections: CONNECTIONS, seconds, request: request(page.path, page.language) });
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
    }
  }
  const rps = (sum: Sum) => sum.requests / sum.seconds;
  const line =
    `| ${page.label} | ${rps(sums.before).toFixed(1)} | ${rps(sums.after).toFixed(1)} | ` +
    `${(rps(sums.after) / rps(sums.before)).toFixed(2)} | ${median(sums.before.p50s).toFixed(0)} | ` +
    `${median(sums.after.p50s).toFixed(0)} | ${sums.before.errors + sums.after.errors} |`;
  console.error(line);
  rows.push(line);
}

console.log(
  [
    `${CONNECTIONS} connections; ${ROUNDS} alternating rounds of ${SECONDS} s per page and version`,
    "",
    "| page | before req/s | after req/s | after/before | before p50 ms | after p50 ms | errors |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n"),
);
