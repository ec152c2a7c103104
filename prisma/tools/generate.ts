import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { loadDotEnv, runCli } from "./cli-support";

/*
 * npm run db:generate (also the postinstall step)
 *
 * Runs the local `prisma generate`. Before generating, the Prisma CLI makes sure
 * the native schema-engine binary is present and downloads it otherwise, which
 * fails on machines that cannot reach Prisma's servers. `generate` never runs that
 * binary, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file (this Node
 * executable) skips the download. Migrations use the WebAssembly engine instead
 * (see prisma/tools/schema-engine/schema-engine.ts).
 */
const COMMAND = "db:generate";

await runCli(COMMAND, async () => {
  loadDotEnv();
  const env = { ...process.env };
  env.PRISMA_SCHEMA_ENGINE_BINARY ||= process.execPath;
  // The update check would only time out on machines without internet access.
  env.CHECKPOINT_DISABLE ||= "1";
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], {
    stdio: "inherit",
    env,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`prisma generate exited with ${result.status ?? result.signal} (its output is above).`);
  }
});
