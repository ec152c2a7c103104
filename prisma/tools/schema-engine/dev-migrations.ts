import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  describeEngineError,
  withSchemaEngine,
  type MigrationList,
  type SchemaEngine,
  type SchemaFilter,
} from "./schema-engine";

/*
 * The `prisma migrate` commands, run through the WebAssembly schema engine
 * (see schema-engine.ts). Files and database rows are the ones the Prisma CLI
 * writes: prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml,
 * and the `_prisma_migrations` table, so `prisma migrate deploy` can take over.
 */

export interface MigrationOptions {
  /** Defaults to prisma/migrations under the working directory (as in prisma.config.ts). */
  migrationsDir?: string;
  /** Defaults to prisma/schema.prisma under the working directory. */
  schemaPath?: string;
  /** Progress and data-loss warnings from createMigration; silent by default. */
  log?: (message: string) => void;
}

// No tables or enums are managed outside Prisma (prisma.config.ts sets none).
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };
const LOCKFILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";

/**
 * Like `prisma migrate dev --name <name>`: applies pending migrations to the
 * development database, writes a new migration for whatever schema.prisma adds to
 * them (computed on a temporary shadow database), and applies it. Returns the new
 * folder name, or null when schema.prisma already matches the migrations.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  options: MigrationOptions = {},
): Promise<string | null> {
  const { migrationsDir, schemaPath } = resolvePaths(options);
  const log = options.log ?? (() => {});
  const schemaContent = await readFile(schemaPath, "utf8");
  const schema = { files: [{ path: schemaPath, content: schemaContent }] };

  return withSchemaEngine(
    databaseUrl,
    async (engine) => {
      const migrationsList = await listMigrations(migrationsDir);
      const { action } = await run("Checking the development database", () =>
        engine.devDiagnostic({ migrationsList, filters: NO_FILTERS }),
      );
      if (action.tag === "reset") {
        throw new Error(
          `The development database must be reset before new migrations can be created: ${action.reason.trim()} ` +
            "Drop and recreate the development database (all its data will be lost), then run this again.",
        );
      }
      const pending = await run("Applying pending migrations", () =>
        engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
      );
      if (pending.appliedMigrationNames.length > 0) {
        log(`Applied pending migrations: ${pending.appliedMigrationNames.join(", ")}`);
      }
      // In the WebAssembly build only the diagnose path replays the migrations into
      // our shadow database; evaluateDataLoss and createMigration reuse the schema it
      // caches for this exact migration list and fail ("PostgreSQL shadow DB must be
      // provided through an external factory") without it. devDiagnostic above only
      // fills that cache when nothing was pending, so diagnose again now.
      await run("Replaying the migrations on a shadow database", () =>
        engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters: NO_FILTERS }),
      );

      const impact = await run("Evaluating the schema change", () =>
        engine.evaluateDataLoss({ migrationsList, schema, filters: NO_FILTERS }),
      );
      if (impact.unexecutableSteps.length > 0) {
        throw new Error(
          "The change cannot be applied to the existing data: " +
            impact.unexecutableSteps.map((step) => step.message).join("; "),
        );
      }
      for (const warning of impact.warnings) log(`Warning: ${warning.message}`);

      const created = await run("Creating the migration", () =>
        engine.createMigration({
          draft: false,
          migrationName: migrationSlug(name),
          migrationsList,
          schema,
          filters: NO_FILTERS,
        }),
      );
      if (created.migrationScript === null) return null;

      const folderName = nameAfterExisting(created.generatedMigrationName, migrationsList);
      await writeMigration(migrationsList, folderName, created);
      const applied = await run(`Applying the new migration ${folderName}`, async () =>
        engine.applyMigrations({ migrationsList: await listMigrations(migrationsDir), filters: NO_FILTERS }),
      );
      log(`Applied ${applied.appliedMigrationNames.join(", ")}`);
      return folderName;
    },
    { schemaFiles: [[schemaPath, schemaContent]] },
  );
}

/**
 * Null when replaying every migration yields exactly schema.prisma; otherwise a
 * summary of what schema.prisma has that the migrations lack, followed by the SQL
 * a new migration would contain. Uses a temporary shadow database next to
 * `databaseUrl` (the database itself is not touched).
 */
export async function findSchemaDrift(databaseUrl: string, options: MigrationOptions = {}): Promise<string | null> {
  const { migrationsDir, schemaPath } = resolvePaths(options);
  const schemaContent = await readFile(schemaPath, "utf8");
  const migrationsList = await listMigrations(migrationsDir);
  const from = { tag: "migrations" as const, ...migrationsList };
  const to = { tag: "schemaDatamodel" as const, files: [{ path: schemaPath, content: schemaContent }] };

  return withSchemaEngine(
    databaseUrl,
    async (engine) => {
      // exitCode: the engine answers 2 when the diff is not empty, 0 when it is.
      const script = await run("Comparing migrations with schema.prisma", () =>
        engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTERS }),
      );
      if (script.exitCode !== 2) return null;
      const summary = await run("Summarising the difference", () =>
        engine.diff({ from, to, script: false, exitCode: false, filters: NO_FILTERS }),
      );
      return [summary.stdout?.trim(), script.stdout?.trim()].filter(Boolean).join("\n\n");
    },
    { schemaFiles: [[schemaPath, schemaContent]] },
  );
}

/** What `prisma migrate dev` does to a name: "addX tags!" becomes "add_x_tags". */
export function migrationSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  return slug || "migration";
}

// ---------------------------------------------------------------- helpers

// The turbopackIgnore hints keep Next's output tracing from copying the whole
// project into the server bundle: these files are read from the working tree.
function resolvePaths(options: MigrationOptions): { migrationsDir: string; schemaPath: string } {
  return {
    migrationsDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), options.migrationsDir ?? "prisma/migrations"),
    schemaPath: path.resolve(/*turbopackIgnore: true*/ process.cwd(), options.schemaPath ?? "prisma/schema.prisma"),
  };
}

/** Reads the migrations folder the way the Prisma CLI hands it to the engine. */
async function listMigrations(migrationsDir: string): Promise<MigrationList> {
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const directories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: MIGRATION_FILE,
          content: await readFile(path.join(migrationsDir, entry.name, MIGRATION_FILE), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: directories.sort((a, b) => a.path.localeCompare(b.path)),
  };
}

type CreatedMigration = Awaited<ReturnType<SchemaEngine["createMigration"]>>;

/**
 * Migrations run in folder-name order and the engine names them by the second, so
 * two created within one second (scripts) could sort before one another. Keep the
 * new one last by moving its timestamp past the newest existing folder.
 */
function nameAfterExisting(generated: string, list: MigrationList): string {
  const newest = list.migrationDirectories.at(-1)?.path;
  const stamp = newest && /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_/.exec(newest);
  if (!stamp || generated.localeCompare(newest) > 0) return generated;
  type Parts = [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = stamp.slice(1).map(Number) as Parts;
  const next = new Date(Date.UTC(year, month - 1, day, hour, minute, second + 1));
  const nextStamp = next.toISOString().replace(/\D/g, "").slice(0, 14);
  return generated.replace(/^\d{14}/, nextStamp);
}

/** Writes the folder, script and (first time only) lock file, as the CLI does. */
async function writeMigration(list: MigrationList, folderName: string, created: CreatedMigration): Promise<void> {
  const folder = path.join(list.baseDir, folderName);
  if (existsSync(folder)) throw new Error(`The migration folder ${folder} already exists.`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, `migration.${created.extension}`), created.migrationScript ?? "", "utf8");
  if (list.lockfile.content === null) {
    await writeFile(
      path.join(list.baseDir, LOCKFILE),
      "# Please do not edit this file manually\n" +
        "# It should be added in your version-control system (e.g., Git)\n" +
        `provider = "${created.connectorType}"\n`,
      "utf8",
    );
  }
}

/** Runs one engine command, turning engine errors into `<what>: <why>` messages. */
async function run<T>(what: string, command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    throw new Error(`${what} failed: ${describeEngineError(error)}`, { cause: error });
  }
}
