import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, TEST_CHROMIUM } from "./e2e/support/chromium";
import { BROWSER_LOCALE, BROWSER_TIME_ZONE, E2E_BASE_URL, e2eEnvironment } from "./e2e/support/e2e-environment";
import { resolveAsServer } from "./e2e/support/server-conditions";

const launchOptions = TEST_CHROMIUM ? { executablePath: TEST_CHROMIUM, args: CHROMIUM_FLAGS } : {};

e2eEnvironment();
resolveAsServer();

export default defineConfig({
  testDir: "e2e",
  // The resilience suite has its own configuration (npm run test:resilience).
  testIgnore: ["resilience/**"],
  outputDir: "test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright-results.json" }]],
  use: {
    baseURL: E2E_BASE_URL,
    // The server runs in UTC (e2e/support/next-server.ts); browsers elsewhere and in
    // another language, so that a page rendered differently on each side shows
    // (e2e/fixtures.ts fails a test on the hydration error that follows).
    timezoneId: BROWSER_TIME_ZONE,
    locale: BROWSER_LOCALE,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: "tsx e2e/support/start-test-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
