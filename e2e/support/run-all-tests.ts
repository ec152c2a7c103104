import { spawn } from "node:child_process";
import fs from "node:fs";

/**
 * `npm test`: every suite (unit, integration against PostgreSQL, the production
 * build, end-to-end in Chromium, resilience against the build), then one line
 * with the counts across all of them. The integration suite waits on its
 * databases about a third of the time, so the unit suite and the build run
 * beside it (its output is held and printed whole when it ends); the browser
 * suites run alone after them, since they measure time. Each suite's line says
 * how long it took. A test file that fails to load, a
 * crashed suite or a runner that dies counts as a failure, never as nothing: the
 * line can only say "0 failed" when every runner exited cleanly and reported
 * every file. Exits non-zero when anything failed or could not run.
 */
interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
  seconds: number;
}

const results: SuiteResult[] = [];

/** Runs a command to its end; its output goes to the terminal, or is held and printed at the end with `held`. */
function run(command: string, args: string[], options: { held?: string } = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: options.held ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    const output: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", () => resolve(false));
    child.on("close", (code) => {
      if (options.held) process.stdout.write(`\n── ${options.held} ──\n${Buffer.concat(output).toString()}\n`);
      resolve(code === 0);
    });
  });
}

/** Seconds since `start` (from performance.now()), rounded. */
const since = (start: number) => Math.round((performance.now() - start) / 1000);

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** A runner that exited badly without reporting a failure still failed once. */
function record(name: string, ok: boolean, passed: number, failed: number, seconds: number) {
  results.push({ name, passed, failed: !ok && failed === 0 ? 1 : failed, ok: ok && failed === 0, seconds });
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { status: string; fullName?: string; failureMessages?: string[] }[];
  }[];
}

/**
 * The failures by name, repeated after the counts: CI keeps only the end of the
 * output, and a suite's own report of a failure may be far above it.
 */
const failures: string[] = [];

/** The first line of a failure's message, short enough for a summary. */
const firstLine = (message: string | undefined) =>
  (message ?? "")
    // Playwright colours its messages.
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")[0]!
    .slice(0, 300);

async function vitest(project: "unit" | "integration", options: { held?: boolean } = {}) {
  const start = performance.now();
  // Not in test-results/, which Playwright empties when it starts.
  const report = `test-reports/vitest-${project}.json`;
  fs.rmSync(report, { force: true });
  const ok = await run(
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { held: options.held ? `${project} tests` : undefined },
  );
  const json = readJson<VitestReport>(report);
  if (!json) return record(project, false, 0, 1, since(start));
  // A file that failed to load (or whose hooks crashed) has no failed test of its own.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  );
  for (const file of brokenFiles) {
    console.error(`${project}: ${file.name} failed to run`);
    failures.push(`${project}: ${file.name} failed to run: ${firstLine(file.message)}`);
  }
  for (const file of json.testResults) {
    for (const test of file.assertionResults.filter((each) => each.status === "failed")) {
      failures.push(`${project}: ${file.name} › ${test.fullName ?? "?"}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  record(project, ok, json.numPassedTests, json.numFailedTests + brokenFiles.length, since(start));
}

/**
 * One build for every suite: the standalone output the Dockerfile makes, which
 * `next start` serves as well, so the image check reuses it instead of building
 * again (e2e/resilience/production-image.spec.ts).
 */
async function build(): Promise<boolean> {
  const start = performance.now();
  process.env.WAYMARK_STANDALONE = "1";
  const ok = await run("npx", ["next", "build"]);
  delete process.env.WAYMARK_STANDALONE;
  if (ok) process.env.WAYMARK_STANDALONE_BUILT = "1";
  record("build", ok, 0, ok ? 0 : 1, since(start));
  return ok;
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: {
    title: string;
    file?: string;
    line?: number;
    ok: boolean;
    tests?: { results?: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
  /** Errors outside any test: a spec file that failed to load, a web server that did not start. */
  errors?: { message?: string }[];
  suites?: PlaywrightSuite[];
}

/** Every spec that failed, with where it is and its first error. */
function failedSpecs(name: string, suites: PlaywrightSuite[] | undefined) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue;
      const error = spec.tests?.flatMap((test) => test.results ?? []).find((result) => result.error)?.error;
      failures.push(
        `${name}: ${spec.file ?? suite.file ?? ""}:${spec.line ?? ""} › ${spec.title}: ${firstLine(error?.message)}`,
      );
    }
    failedSpecs(name, suite.suites);
  }
}

async function playwright(name: string, report: string, args: string[]) {
  const start = performance.now();
  fs.rmSync(report, { force: true });
  const ok = await run("npx", ["playwright", "test", ...args]);
  const json = readJson<PlaywrightReport>(report);
  if (!json) return record(name, false, 0, 1, since(start));
  const loadErrors = json.errors?.length ?? 0;
  for (const error of json.errors ?? []) failures.push(`${name}: ${firstLine(error.message)}`);
  failedSpecs(name, json.suites);
  record(name, ok, json.stats.expected + json.stats.flaky, json.stats.unexpected + loadErrors, since(start));
}

const started = performance.now();
fs.mkdirSync("test-results", { recursive: true });
fs.mkdirSync("test-reports", { recursive: true });
const [, built] = await Promise.all([vitest("integration", { held: true }), vitest("unit").then(() => build())]);
if (built) {
  await playwright("e2e", "test-results/playwright-results.json", []);
  await playwright("resilience", "test-results/resilience-results.json", [
    "--config",
    "e2e/resilience/playwright.config.ts",
  ]);
} else {
  record("e2e", false, 0, 1, 0);
  record("resilience", false, 0, 1, 0);
}

const ORDER = ["unit", "integration", "build", "e2e", "resilience"];
results.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
for (const result of results) {
  console.log(
    `${result.name.padEnd(12)} ${result.passed} passed, ${result.failed} failed, ${result.seconds} s${result.ok ? "" : "  (FAILED)"}`,
  );
}
console.log(`all suites: ${since(started)} s`);
if (failures.length > 0) console.log(`failures:\n${failures.map((failure) => `  ${failure}`).join("\n")}`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((result) => result.ok) && failed === 0 ? 0 : 1);
