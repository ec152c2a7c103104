import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DataDirInUseError } from "../../server/db/data-dir-lock";
import { databasePool, setDatabasePool } from "../../server/db/database-pool";
import { deployMigrations } from "../../server/db/deploy-migrations";
import { openEmbeddedPostgres, type EmbeddedPostgres } from "../../server/db/embedded-postgres";
import { dataDir, env } from "../../server/platform/env";
import { importRoadmapFile } from "../../server/services/roadmaps/authoring/import-roadmap-file";
import { DomainError } from "../../shared/errors";
import { elapsed, loadDotEnv, runCli } from "./cli-support";

/*
 * npm run roadmap:import -- path/to/file.md [--slug s] [--owner login] [--dry-run]
 *
 * Imports a markdown checklist: as a built-in roadmap (public, /roadmaps/<slug>;
 * the slug defaults to one made from the title), or with --owner as that
 * learner's own roadmap (/roadmaps/<login>/<slug>: a new private one, or a new
 * version of theirs with that name, progress kept by key). --dry-run prints
 * what would change and writes nothing. Works on DATABASE_URL, and on the
 * embedded database while no server holds its folder (a running server says
 * so: stop it, or import through the API with saveRoadmap or importRoadmap).
 */
const COMMAND = "roadmap:import";

await runCli(COMMAND, async () => {
  loadDotEnv();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      slug: { type: "string" },
      owner: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) {
    throw new Error("Name one file: npm run roadmap:import -- path/to/file.md [--slug s] [--owner login] [--dry-run]");
  }
  const file = path.resolve(positionals[0]!);
  if (!fs.existsSync(file)) throw new Error(`There is no file ${file}.`);
  const markdown = fs.readFileSync(file, "utf8");
  const started = Date.now();
  const embedded = await openDatabase();
  try {
    const report = await importRoadmapFile({
      markdown,
      slug: values.slug ?? null,
      ownerLogin: values.owner ?? null,
      dryRun: values["dry-run"],
    });
    const { ADDED, MOVED, RENAMED, RETIRED } = report.counts;
    const what = report.dryRun ? "Would save" : report.created ? "Created" : "Saved";
    console.log(
      `${what} /roadmaps/${report.slug}: ${ADDED} added, ${MOVED} moved, ${RENAMED} renamed, ${RETIRED} retired; ` +
        `${report.learnersAffected} learners' progress touched (${elapsed(started)}).`,
    );
  } catch (error) {
    // The file's problems, one per line, as the API lists them.
    if (error instanceof DomainError) {
      const problems = (error.details?.problems ?? []) as { line: number; message: string }[];
      if (problems.length > 0) {
        console.error(`${path.relative(process.cwd(), file)} has problems; nothing was imported:`);
        for (const problem of problems) console.error(`  line ${problem.line}: ${problem.message}`);
        process.exit(1);
      }
    }
    throw error;
  } finally {
    await embedded?.close();
  }
});

/** DATABASE_URL, or the embedded database's folder when no server holds it. Migrations applied as at start. */
async function openDatabase(): Promise<EmbeddedPostgres | null> {
  let embedded: EmbeddedPostgres | null = null;
  if (!env().DATABASE_URL) {
    try {
      embedded = await openEmbeddedPostgres(dataDir());
    } catch (error) {
      if (error instanceof DataDirInUseError) {
        throw new Error(
          `${error.message} A running Waymark server holds the embedded database: stop it and run this command ` +
            "again, or import through the API while it runs (saveRoadmap for a learner, importRoadmap for an admin).",
        );
      }
      throw error;
    }
    setDatabasePool(embedded.pool);
  }
  if (env().WAYMARK_AUTO_MIGRATE) await deployMigrations(databasePool());
  return embedded;
}
