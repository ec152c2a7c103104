import { randomBytes } from "node:crypto";
import { postGraphql } from "../support/graphql-over-http";
import { DATABASE_KINDS, startWaymark } from "../support/waymark-under-test";
import { measure, type LoadRequest } from "./support/load-window";
import { ensureProductionBuild } from "./support/production-build";

ensureProductionBuild();

/*
 * npm run bench:embedded
 *
 * What the embedded default can carry, beside PostgreSQL, on the same machine in
 * the same run: the seed roadmap query (signed out) and setItemStatus (each
 * client its own learner, toggling its own items), at 1, 4 and 10 concurrent
 * clients. Prints a table; any error fails the script.
 */

const LEVELS = [1, 4, 10];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const STATUSES = ["DONE", "IN_PROGRESS", "SKIPPED", "NOT_STARTED"];
const ROADMAP_QUERY = JSON.stringify({
  query: `{ roadmap(slug: "backend") { title sections { title items { id title resources { title url kind } children { id title } } } } }`,
});
const SET_STATUS = `mutation Set($itemId: ID!, $status: ItemStatus!) { setItemStatus(input: { itemId: $itemId, status: $status }) { id status } }`;

interface Row {
  database: string;
  workload: string;
  clients: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const rows: Row[] = [];
for (const kind of DATABASE_KINDS) {
  // The rate limiter stays on, with a budget no window reaches.
  const waymark = await startWaymark(kind, {
    port: kind === "postgres" ? 3260 : 3270,
    env: { RATE_LIMIT_PER_MINUTE: "100000000" },
  });
  try {
    const cookies = await Promise.all(
      Array.from({ length: Math.max(...LEVELS) }, () => waymark.signIn(`bench-${randomBytes(3).toString("hex")}`)),
    );
    const roadmap = await postGraphql<{ roadmap: { sections: { items: { id: string }[] }[] } }>(
      waymark.url,
      `{ roadmap(slug: "backend") { sections { items { id } } } }`,
    );
    const items = roadmap.data!.roadmap.sections.flatMap((section) => section.items.map((item) => item.id));
    const json = { "content-type": "application/json" };
    const query = (): LoadRequest => ({ method: "POST", path: "/api/graphql", headers: json, body: ROADMAP_QUERY });
    // Consecutive writes (the ones in flight together) go to different items; every
    // pass over all learners' items moves each to its next status, so each write is a change.
    const write = (sent: number): LoadRequest => ({
      method: "POST",
      path: "/api/graphql",
      headers: { ...json, cookie: cookies[Math.floor(sent / items.length) % cookies.length]! },
      body: JSON.stringify({
        query: SET_STATUS,
        variables: {
          itemId: items[sent % items.length],
          status: STATUSES[Math.floor(sent / (items.length * cookies.length)) % STATUSES.length],
        },
      }),
    });
    for (const [workload, request] of [
      ["roadmap query (signed out)", query],
      ["setItemStatus", write],
    ] as const) {
      for (const clients of LEVELS) {
        const result = await measure({ url: waymark.url, connections: clients, seconds: SECONDS, request });
        rows.push({ database: kind === "postgres" ? "PostgreSQL" : "embedded (PGlite)", workload, clients, ...result });
        console.error(
          `${kind} ${workload} x${clients}: ${result.rps.toFixed(1)} req/s, ${result.errors} errors` +
            (result.firstError ? ` (first: ${result.firstError})` : ""),
        );
      }
    }
  } finally {
    await waymark.stop();
  }
}

console.log(`\n${process.env.BENCH_CORES ?? (await import("node:os")).cpus().length} cores, ${SECONDS} s per window\n`);
console.log("| database | workload | clients | req/s | p50 ms | p99 ms | errors |");
console.log("|---|---|---|---|---|---|---|");
for (const row of rows) {
  console.log(
    `| ${row.database} | ${row.workload} | ${row.clients} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p99} | ${row.errors} |`,
  );
}
const failed = rows.filter((row) => row.errors > 0);
if (failed.length > 0) {
  console.error(`\n${failed.length} windows had errors`);
  process.exit(1);
}
process.exit(0);
