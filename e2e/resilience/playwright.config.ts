import { defineConfig } from "@playwright/test";
import { resolveAsServer } from "../support/server-conditions";

resolveAsServer();

/**
 * `npm run test:resilience`: probes a production build (each spec starts its own
 * `next start`) with hostile input, database faults, shutdowns and a soak. No
 * browser; one probe at a time, since several measure time and memory.
 */
export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results/resilience",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 300_000,
  reporter: [["list"], ["json", { outputFile: "../../test-results/resilience-results.json" }]],
});
