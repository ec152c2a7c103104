import { withPostgresPool } from "../../server/db/database-pool";
import { deployMigrations } from "../../server/db/deploy-migrations";
import { elapsed, loadDotEnv, requireDatabaseUrl, runCli } from "./cli-support";

/*
 * npm run db:deploy
 *
 * `prisma migrate deploy` without the native engine: applies the pending
 * migrations in prisma/migrations to DATABASE_URL. Safe to run from several
 * processes at once; stops if an applied migration was edited or one failed.
 */
const COMMAND = "db:deploy";

await runCli(COMMAND, async () => {
  loadDotEnv();
  const databaseUrl = requireDatabaseUrl(COMMAND);
  const started = Date.now();
  const { applied } = await withPostgresPool(databaseUrl, (pool) => deployMigrations(pool));
  if (applied.length === 0) {
    console.log(`No pending migrations to apply (${elapsed(started)}).`);
    return;
  }
  console.log(`Applied ${applied.length} migration(s) in ${elapsed(started)}:`);
  for (const name of applied) console.log(`  ${name}`);
});
