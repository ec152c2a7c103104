import { spawnSync } from "node:child_process";
import fs from "node:fs";

/**
 * `npm test`: every suite in order (unit, integration against PostgreSQL, the
 * production build, end-to-end in Chromium), then one line with the counts
 * across all of them. Exits non-zero when anything failed or could not run.
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
  const json = readJson<{ numPassedTests: number; numFailedTests: number }>(report);
  results.push({ name: project, passed: json?.numPassedTests ?? 0, failed: json?.numFailedTests ?? (ok ? 0 : 1), ok });
}

function build() {
  const ok = run("npx", ["next", "build"]);
  results.push({ name: "build", passed: 0, failed: ok ? 0 : 1, ok });
  return ok;
}

function e2e() {
  const report = "test-results/playwright-results.json";
  fs.rmSync(report, { force: true });
  const ok = run("npx", ["playwright", "test"]);
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report);
  const passed = (json?.stats.expected ?? 0) + (json?.stats.flaky ?? 0);
  results.push({ name: "e2e", passed, failed: json?.stats.unexpected ?? (ok ? 0 : 1), ok });
}

fs.mkdirSync("test-results", { recursive: true });
vitest("unit");
vitest("integration");
if (build()) e2e();
else results.push({ name: "e2e", passed: 0, failed: 1, ok: false });

for (const result of results) {
  console.log(
    `${result.name.padEnd(12)} ${result.passed} passed, ${result.failed} failed${result.ok ? "" : "  (FAILED)"}`,
  );
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((result) => result.ok) && failed === 0 ? 0 : 1);
