import { spawnSync } from "node:child_process";
import fs from "node:fs";

/**
 * `npm test`: every suite in order (unit, integration against PostgreSQL, the
 * production build, end-to-end in Chromium, resilience against the build), then
 * one line with the counts across all of them. A test file that fails to load, a
 * crashed suite or a runner that dies counts as a failure, never as nothing: the
 * line can only say "0 failed" when every runner exited cleanly and reported
 * every file. Exits non-zero when anything failed or could not run.
 */
interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
}

const results: SuiteResult[] = [];

function run(command: string, args: string[]): boolean {
  const child = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return child.status === 0;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** A runner that exited badly without reporting a failure still failed once. */
function record(name: string, ok: boolean, passed: number, failed: number) {
  results.push({ name, passed, failed: !ok && failed === 0 ? 1 : failed, ok: ok && failed === 0 });
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

function vitest(project: "unit" | "integration") {
  const report = `test-results/vitest-${project}.json`;
  fs.rmSync(report, { force: true });
  const ok = run("npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const json = readJson<VitestReport>(report);
  if (!json) return record(project, false, 0, 1);
  // A file that failed to load (or whose hooks crashed) has no failed test of its own.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  );
  for (const file of brokenFiles) console.error(`${project}: ${file.name} failed to run`);
  record(project, ok, json.numPassedTests, json.numFailedTests + brokenFiles.length);
}

/**
 * One build for every suite: the standalone output the Dockerfile makes, which
 * `next start` serves as well, so the image check reuses it instead of building
 * again (e2e/resilience/production-image.spec.ts).
 */
function build(): boolean {
  process.env.WAYMARK_STANDALONE = "1";
  const ok = run("npx", ["next", "build"]);
  delete process.env.WAYMARK_STANDALONE;
  if (ok) process.env.WAYMARK_STANDALONE_BUILT = "1";
  record("build", ok, 0, ok ? 0 : 1);
  return ok;
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
  /** Errors outside any test: a spec file that failed to load, a web server that did not start. */
  errors?: { message?: string }[];
}

function playwright(name: string, report: string, args: string[]) {
  fs.rmSync(report, { force: true });
  const ok = run("npx", ["playwright", "test", ...args]);
  const json = readJson<PlaywrightReport>(report);
  if (!json) return record(name, false, 0, 1);
  const loadErrors = json.errors?.length ?? 0;
  record(name, ok, json.stats.expected + json.stats.flaky, json.stats.unexpected + loadErrors);
}

fs.mkdirSync("test-results", { recursive: true });
vitest("unit");
vitest("integration");
if (build()) {
  playwright("e2e", "test-results/playwright-results.json", []);
  playwright("resilience", "test-results/resilience-results.json", ["--config", "e2e/resilience/playwright.config.ts"]);
} else {
  record("e2e", false, 0, 1);
  record("resilience", false, 0, 1);
}

for (const result of results) {
  console.log(
    `${result.name.padEnd(12)} ${result.passed} passed, ${result.failed} failed${result.ok ? "" : "  (FAILED)"}`,
  );
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((result) => result.ok) && failed === 0 ? 0 : 1);
