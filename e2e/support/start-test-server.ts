import { startGithubStandIn } from "./github-stand-in";
import { startNextServer } from "./next-server";
import { createThrowawayDatabase } from "./throwaway-database";
import { E2E_PORT, e2eEnvironment } from "./e2e-environment";

// Playwright's webServer: a fresh database and a GitHub stand-in, then `next
// start` on them; all of it goes away when Playwright stops this process.
const env = e2eEnvironment();
const database = await createThrowawayDatabase(env.DATABASE_URL);
const github = await startGithubStandIn();
const server = await startNextServer({
  port: E2E_PORT,
  env: {
    ...env,
    AUTH_GITHUB_ID: github.clientId,
    AUTH_GITHUB_SECRET: github.clientSecret,
    WAYMARK_GITHUB_STAND_IN_URL: github.url,
  },
  timeoutMs: 120_000,
}).catch(async (error: unknown) => {
  await Promise.all([database.drop(), github.close()]);
  throw error;
});
server.process.stdout!.pipe(process.stdout);
server.process.stderr!.pipe(process.stderr);
console.log(`e2e server ready at ${server.url} on ${database.name}, GitHub stand-in at ${github.url}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  await Promise.all([database.drop(), github.close()]);
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
server.process.once("exit", () => void shutdown());
// Should the runner itself die (a test file that fails to load crashes it), the
// server must not outlive it and hold the port for the next run.
const runner = process.ppid;
setInterval(() => {
  try {
    process.kill(runner, 0);
  } catch {
    void shutdown();
  }
}, 1000).unref();
