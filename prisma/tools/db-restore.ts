import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "../../server/db/data-dir-lock";
import { embeddedExtensions } from "../../server/db/embedded-postgres";
import { dataDir } from "../../server/platform/env";
import { elapsed, loadDotEnv, runCli } from "./cli-support";

/*
 * npm run db:restore -- file
 *
 * Puts a snapshot from db:backup back as the embedded database, with the server
 * stopped (the folder's lock says whether one runs). The snapshot is unpacked
 * and opened aside first; only then does it replace the database, whose files
 * are kept beside it until you delete them.
 */
const COMMAND = "db:restore";

await runCli(COMMAND, async () => {
  loadDotEnv();
  if (process.env.DATABASE_URL) {
    throw new Error("db:restore restores the embedded database. For PostgreSQL use pg_restore with a pg_dump file.");
  }
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new Error("Name the snapshot to restore: npm run db:restore -- <file>");
  const source = path.resolve(positionals[0]!);
  if (!fs.existsSync(source)) throw new Error(`There is no file ${source}.`);
  const folder = dataDir();
  const started = Date.now();
  // Throws, naming the server, while one holds the folder.
  const release = lockDataDir(folder);
  const staging = path.join(folder, "pgdata.restoring");
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    const restored = await PGlite.create({
      dataDir: staging,
      loadDataDir: new Blob([fs.readFileSync(source)]),
      extensions: embeddedExtensions,
    });
    try {
      // A snapshot Waymark cannot use is refused before anything is replaced.
      const { rows } = await restored.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`,
      );
      console.log(`The snapshot holds a Waymark database with ${rows[0]!.count} migrations applied.`);
    } finally {
      await restored.close();
    }
    const current = path.join(folder, "pgdata");
    const kept = fs.existsSync(current)
      ? `${current}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`
      : null;
    if (kept) fs.renameSync(current, kept);
    fs.renameSync(staging, current);
    console.log(`Restored ${source} into ${current} (${elapsed(started)}).`);
    if (kept) console.log(`The database it replaced is kept in ${kept}; delete it once you no longer need it.`);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
});
