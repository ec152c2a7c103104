import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "graphql",
  "server",
  "shared",
  "prisma/schema.prisma",
  "i18n",
  "messages",
  "next.config.js",
  "package.json",
  "proxy.ts",
  "instrumentation.ts",
];

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  return newest;
}

/**
 * Benchmarks measure `next start`, so the build must be of the code as it is now:
 * it is made again when missing, when asked (--build), or when any source is newer
 * than it. A stale build would report figures for code that no longer exists.
 */
export function ensureProductionBuild(): void {
  const buildId = ".next/BUILD_ID";
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const stale = Math.max(...SOURCES.map(newestChange)) > built;
  if (!stale && !process.argv.includes("--build")) return;
  console.error(built ? "Sources changed since the last build: building again." : "No production build yet: building.");
  const build = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) process.exit(1);
}
