import { randomBytes } from "node:crypto";
import { startWaymark } from "../support/waymark-under-test";
import { medianPageTiming } from "./support/time-to-first-byte";
import { seedHistory } from "./support/seed-history";
import { ensureProductionBuild } from "./support/production-build";

ensureProductionBuild();

/*
 * npm run bench:dashboard
 *
 * Time to first byte, and to the whole page, of /dashboard (median of 10, against
 * `next start` on PostgreSQL) for a learner with 10,000 progress events, and of
 * the roadmap page.
 */
const waymark = await startWaymark("postgres", { port: 3280, env: { RATE_LIMIT_PER_MINUTE: "1000000" } });
try {
  const login = `ttfb-${randomBytes(3).toString("hex")}`;
  const cookie = await waymark.signIn(login);
  await waymark.inspect((db) => seedHistory(db, login, "backend", 10_000));
  const headers = { cookie };
  const rows = [
    ["/dashboard (10,000 events)", await medianPageTiming(`${waymark.url}/dashboard`, headers)],
    ["/roadmaps/backend (signed in)", await medianPageTiming(`${waymark.url}/roadmaps/backend`, headers)],
    ["/roadmaps/backend (signed out)", await medianPageTiming(`${waymark.url}/roadmaps/backend`, {})],
  ] as const;
  console.log("\n| page | first byte (median of 10) | whole page (median of 10) |\n|---|---|---|");
  for (const [page, timing] of rows) {
    console.log(`| ${page} | ${timing.firstByte.toFixed(1)} ms | ${timing.total.toFixed(1)} ms |`);
  }
} finally {
  await waymark.stop();
}
process.exit(0);
