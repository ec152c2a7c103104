import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { createPrismaClient } from "../../server/db/client";
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from "../support/chromium";
import { createSession, createUser } from "../support/factories";
import { startNextServer } from "../support/next-server";
import { createThrowawayDatabase } from "../support/throwaway-database";
import { firstLoadJs, lazyChunksContaining } from "./bundle-sizes";
import { ensureProductionBuild } from "./support/production-build";
import { upperMedian } from "./support/medians";

/**
 * `npm run bench:pages`: first-load JavaScript of every route (gzip) and
 * Lighthouse's performance score (desktop preset) for the roadmap and dashboard
 * pages, against `next start` on a throwaway database. Prints figures; it is a
 * measurement, not a test.
 *
 * Targets (issue 4): performance >= 95, first-load JS < 180 kB gzip.
 */
const PORT = 3210;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_SCORE = 95;
const TARGET_KB = 180;

ensureProductionBuild();

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log("\nFirst-load JavaScript (gzip -9 of the chunks in .next/diagnostics/route-bundle-stats.json)");
for (const route of firstLoadJs()) {
  const flag = route.gzipBytes / 1024 < TARGET_KB ? "ok" : "OVER";
  console.log(
    `  ${route.route.padEnd(20)} ${kb(route.gzipBytes).padStart(7)} kB gzip  (${kb(route.rawBytes)} kB raw)  ${flag}`,
  );
}

for (const chunk of lazyChunksContaining("go.apollo.dev")) {
  console.log(`  (loaded after first paint on the roadmap page: Apollo Client, ${kb(chunk.gzipBytes)} kB gzip)`);
}

const database = await createThrowawayDatabase("bench");
const server = await startNextServer({
  port: PORT,
  env: {
    DATABASE_URL: database.url,
    AUTH_URL: `http://localhost:${PORT}`,
    AUTH_SECRET: "bench-only-secret-0123456789abcdef0123456789",
    LOG_LEVEL: "warn",
  },
  timeoutMs: 120_000,
});
const chrome = await chromeLauncher.launch({
  chromePath: SYSTEM_CHROMIUM,
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});

try {
  // A learner with some history, so the dashboard has charts to draw.
  const db = createPrismaClient(database.url, 2);
  const user = await createUser(db);
  const cookie = `authjs.session-token=${await createSession(db, user.id)}`;
  const items = await db.item.findMany({
    where: { roadmap: { slug: "backend" } },
    take: 12,
    select: { id: true, roadmapId: true },
  });
  for (const [index, item] of items.entries()) {
    const at = new Date(Date.now() - (12 - index) * 86_400_000);
    const status = index % 4 === 0 ? "IN_PROGRESS" : "DONE";
    await db.progress.create({
      data: { userId: user.id, itemId: item.id, roadmapId: item.roadmapId, status, updatedAt: at },
    });
    await db.progressEvent.create({
      data: { userId: user.id, itemId: item.id, roadmapId: item.roadmapId, from: "NOT_STARTED", to: status, at },
    });
  }
  await db.$disconnect();

  const pages = [
    { name: "roadmap (guest)", path: "/roadmaps/backend", cookie: undefined },
    { name: "roadmap (learner)", path: "/roadmaps/backend", cookie },
    { name: "dashboard (learner)", path: "/dashboard", cookie },
  ];
  console.log(
    `\nLighthouse performance, desktop preset, median of ${RUNS} runs (lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, Chromium)`,
  );
  for (const page of pages) {
    const scores: number[] = [];
    let metrics = "";
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(
        `${server.url}${page.path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
        },
        desktopConfig,
      );
      const lhr = result!.lhr;
      scores.push(Math.round((lhr.categories.performance!.score ?? 0) * 100));
      const audit = (id: string) => lhr.audits[id]?.displayValue ?? "?";
      metrics = `FCP ${audit("first-contentful-paint")}, LCP ${audit("largest-contentful-paint")}, TBT ${audit("total-blocking-time")}, CLS ${audit("cumulative-layout-shift")}`;
    }
    const median = upperMedian(scores);
    console.log(
      `  ${page.name.padEnd(20)} ${String(median).padStart(3)}  (runs: ${scores.join(", ")}; last: ${metrics})  ${median >= TARGET_SCORE ? "ok" : "BELOW TARGET"}`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
  await database.drop();
}
