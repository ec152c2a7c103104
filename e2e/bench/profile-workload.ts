import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { postGraphql } from "../support/graphql-over-http";
import { startWaymark, type DatabaseKind } from "../support/waymark-under-test";
import { runLoad, type LoadRequest } from "./support/load-window";
import { saveGeneratedRoadmap } from "./support/generated-roadmap";
import { ensureProductionBuild } from "./support/production-build";
import { saverMarkdown } from "./site/bench-learners";
import { ROADMAP_SIGNED_IN, SAVE_ROADMAP } from "./site/operations";

ensureProductionBuild();

/*
 * npm run bench:profile
 *
 * Where the server's CPU goes for one workload: a production server started
 * with V8's sampling profiler (support/cpu-profile-hook.cjs), a signed-in read of a generated
 * roadmap (BENCH_ITEMS items, 2,000 by default) under load (BENCH_SECONDS at
 * BENCH_CONNECTIONS), then the functions with the most self time, and the
 * profile written to bench-results/ (open it in Chrome's DevTools).
 * BENCH_DATABASE=embedded profiles the embedded default instead of PostgreSQL.
 * BENCH_WORKLOAD=save profiles the site benchmark's background save instead: the
 * learner's own private 200-item roadmap saved back and forth between two versions
 * ten renamed items apart (site/bench-learners.ts).
 */

const ITEMS = Number(process.env.BENCH_ITEMS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const kind = (process.env.BENCH_DATABASE ?? "postgres") as DatabaseKind;
const QUERY = ROADMAP_SIGNED_IN;
const SAVES = process.env.BENCH_WORKLOAD === "save";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-profile-"));
const waymark = await startWaymark(kind, {
  port: 3288,
  env: {
    RATE_LIMIT_PER_MINUTE: "1000000000",
    ROADMAP_SAVES_PER_MINUTE: "1000000",
    LOG_LEVEL: "warn",
    NODE_OPTIONS: `--require ${path.join(import.meta.dirname, "support/cpu-profile-hook.cjs")}`,
    WAYMARK_PROFILE_DIR: folder,
  },
});
try {
  const cookie = await waymark.signIn(`profile-${randomBytes(3).toString("hex")}`);
  let request: (sent: number) => LoadRequest;
  if (SAVES) {
    const created = await postGraphql<{ saveRoadmap: { roadmap: { id: string } } }>(
      waymark.url,
      SAVE_ROADMAP,
      { input: { markdown: saverMarkdown(0), visibility: "PRIVATE" } },
      { cookie },
    );
    const roadmapId = created.data?.saveRoadmap.roadmap.id;
    if (!roadmapId) throw new Error(JSON.stringify(created.errors));
    // One learner's saves queue on the roadmap's lock: more connections would only wait.
    request = (sent) => ({
      method: "POST" as const,
      path: "/api/graphql",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        query: SAVE_ROADMAP,
        variables: { input: { roadmapId, markdown: saverMarkdown(sent + 1) } },
      }),
    });
  } else {
    const slug = await saveGeneratedRoadmap(waymark, ITEMS);
    const body = JSON.stringify({ query: QUERY, variables: { slug } });
    request = () => ({
      method: "POST" as const,
      path: "/api/graphql",
      headers: { "content-type": "application/json", cookie },
      body,
    });
  }
  // One request first, so that a workload that fails says why instead of being measured.
  const first = request(0);
  const firstAnswer = await fetch(`${waymark.url}${first.path}`, {
    method: first.method,
    headers: first.headers,
    body: first.body,
  });
  const firstText = await firstAnswer.text();
  if (firstAnswer.status !== 200 || firstText.includes('"errors"'))
    throw new Error(`${firstAnswer.status} ${firstText.slice(0, 500)}`);
  await runLoad({ url: waymark.url, connections: CONNECTIONS, seconds: 2, request });
  const load = await runLoad({ url: waymark.url, connections: CONNECTIONS, seconds: SECONDS, request });
  console.log(
    `${load.rps.toFixed(0)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors${load.firstError ? ` (first: ${load.firstError.slice(0, 300)})` : ""}`,
  );
} finally {
  await waymark.stop();
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const profiles = fs.readdirSync(folder).filter((name) => name.endsWith(".cpuprofile"));
const results = path.resolve(import.meta.dirname, "../../bench-results");
fs.mkdirSync(results, { recursive: true });
for (const name of profiles) {
  const file = path.join(folder, name);
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  if (total < 100) continue;
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const where = `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.split("/").slice(-2).join("/")}:${node.callFrame.lineNumber}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + (node.hitCount ?? 0));
  }
  console.log(`\n${name}: ${total} samples; most self time:`);
  for (const [where, hits] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${where}`);
  }
  fs.copyFileSync(file, path.join(results, name));
}
console.log(`\nProfiles written to ${path.relative(process.cwd(), results)}`);
