import "server-only";

import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";

/*
 * `prisma migrate deploy`, in plain SQL. The server applies pending migrations at
 * start, and the Prisma CLI's engine cannot run there (it is a download, or a
 * development-only WebAssembly package). Applying a folder of SQL scripts needs
 * no engine: this keeps Prisma's own bookkeeping (the `_prisma_migrations` table,
 * sha256 checksums, folder-name order), so the CLI and this code can take turns
 * on one database. Creating migrations and checking drift stay with the engine,
 * in prisma/tools.
 */

export interface DeployOptions {
  /** Defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
}

interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

// The table `prisma migrate` creates, column for column.
const CREATE_HISTORY = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Prisma's advisory lock key: a concurrent `prisma migrate deploy` and every
// replica starting at once take turns on it. Unlike the CLI, we wait as long as it takes.
const PRISMA_MIGRATE_LOCK = 72707369;

/**
 * Applies the migrations the database lacks, each in a transaction with its
 * history row, so a failing script leaves nothing behind. Refuses to run when an
 * applied migration's file was edited, or when an earlier run (by the CLI) left a
 * failed migration, since the database would no longer match the history.
 */
export async function deployMigrations(pool: pg.Pool, options: DeployOptions = {}): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(resolveMigrationsDir(options.migrationsDir));
  // One connection for the lock and every statement: with the embedded database
  // the pool has a single client, and a second checkout would wait forever.
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    try {
      await client.query(CREATE_HISTORY);
      const { rows } = await client.query<AppliedRow>(
        `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
      );
      const pending = pendingMigrations(migrations, rows);
      const applied: string[] = [];
      for (const migration of pending) {
        await applyOne(client, migration);
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      // Explicitly: the embedded database's session outlives this checkout.
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch((error: Error) => {
        broken = error;
      });
    }
  } finally {
    client.release(broken);
  }
}

/** The migrations not yet applied, in order, after checking the recorded history against the files. */
export function pendingMigrations(migrations: MigrationFile[], rows: AppliedRow[]): MigrationFile[] {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    throw new Error(
      `Migration ${failed.map((row) => row.migration_name).join(", ")} failed earlier on this database, so no further ` +
        "migrations are applied. Repair the database by hand, then record the outcome in _prisma_migrations " +
        "(set rolled_back_at to retry it, or finished_at if you completed it), and start again.",
    );
  }
  const finished = new Map(
    rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]),
  );
  const edited = migrations.filter((migration) => {
    const recorded = finished.get(migration.name);
    return recorded !== undefined && !checksumMatches(migration, recorded);
  });
  if (edited.length > 0) {
    throw new Error(
      `Migration ${edited.map((migration) => migration.name).join(", ")} was modified after it was applied to this ` +
        "database (its migration.sql no longer matches the recorded checksum). Restore the original file and put " +
        "the change in a new migration.",
    );
  }
  return migrations.filter((migration) => !finished.has(migration.name));
}

async function applyOne(client: pg.PoolClient, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, $2, $3, now())`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: the simple protocol runs the whole multi-statement script.
    await client.query(migration.script);
    await client.query(
      `UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
  }
}

/** Prisma's checksum is the sha256 of the file; it accepts a file whose line endings changed since. */
function checksumMatches(migration: MigrationFile, recorded: string): boolean {
  return recorded === migration.checksum || recorded === sha256(migration.script.replace(/\r\n/g, "\n"));
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

// The turbopackIgnore hint keeps Next's output tracing from copying the whole
// project into the server bundle: migrations are read from the working tree.
function resolveMigrationsDir(dir: string | undefined): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir ?? "prisma/migrations");
}

/** Every `<folder>/migration.sql`, in folder-name order (the timestamps), as Prisma applies them. */
async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const script = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, script, checksum: sha256(script) };
    }),
  );
}
