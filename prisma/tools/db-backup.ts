import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { requestSnapshot } from "../../server/db/embedded-control-socket";
import { openEmbeddedPostgres } from "../../server/db/embedded-postgres";
import { dataDir } from "../../server/platform/env";
import { elapsed, loadDotEnv, runCli } from "./cli-support";

/*
 * npm run db:backup [-- file]
 *
 * A consistent snapshot of the embedded database (a gzipped tar of its folder),
 * taken by the running server through its control socket, or, when no server
 * runs, by opening the folder here. For a real PostgreSQL, use pg_dump.
 */
const COMMAND = "db:backup";

await runCli(COMMAND, async () => {
  loadDotEnv();
  if (process.env.DATABASE_URL) {
    throw new Error(
      "db:backup copies the embedded database. With DATABASE_URL set, back up PostgreSQL with its own tool: " +
        'pg_dump --format=custom --file waymark.dump "$DATABASE_URL" (restore with pg_restore --clean --dbname ...).',
    );
  }
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.resolve(positionals[0] ?? `waymark-backup-${stamp}.tar.gz`);
  const folder = dataDir();
  if (!fs.existsSync(path.join(folder, "pgdata"))) {
    throw new Error(`There is no embedded database in ${folder} (set WAYMARK_DATA_DIR to its folder).`);
  }
  const started = Date.now();
  let bytes = await requestSnapshot(folder);
  const how = bytes ? "from the running server" : "with no server running";
  if (!bytes) {
    const embedded = await openEmbeddedPostgres(folder);
    try {
      bytes = Buffer.from(await (await embedded.snapshot()).arrayBuffer());
    } finally {
      await embedded.close();
    }
  }
  fs.writeFileSync(target, bytes);
  console.log(`Wrote ${target} (${(bytes.length / 1024).toFixed(0)} KiB, ${how}, ${elapsed(started)}).`);
  console.log(`Restore it, with the server stopped: npm run db:restore -- ${path.relative(process.cwd(), target)}`);
});
