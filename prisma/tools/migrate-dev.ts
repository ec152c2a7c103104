import path from "node:path";
import { parseArgs } from "node:util";
import { createMigration } from "./schema-engine/dev-migrations";
import { elapsed, loadDotEnv, requireDatabaseUrl, runCli } from "./cli-support";

/*
 * npm run db:migrate -- --name add_x
 *
 * `prisma migrate dev` without the native engine (which cannot be downloaded on
 * every machine): applies pending migrations to the development database, writes
 * prisma/migrations/<timestamp>_<name>/migration.sql for the changes in
 * schema.prisma and applies it. Never prompts; the name defaults to "migration".
 */
const COMMAND = "db:migrate";

await runCli(COMMAND, async () => {
  const { values } = parseArgs({
    options: { name: { type: "string", short: "n", default: "migration" } },
    strict: true,
  });
  loadDotEnv();
  const databaseUrl = requireDatabaseUrl(COMMAND);
  const started = Date.now();
  const created = await createMigration(databaseUrl, values.name, { log: (line) => console.log(line) });
  if (created === null) {
    console.log(`No changes: schema.prisma already matches the migrations (${elapsed(started)}).`);
    return;
  }
  const file = path.join("prisma", "migrations", created, "migration.sql");
  console.log(`Created and applied ${file} (${elapsed(started)}). Review it and commit it with schema.prisma.`);
});
