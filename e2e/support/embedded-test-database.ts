import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { db } from "../../server/db/client";
import { setDatabasePool } from "../../server/db/database-pool";
import { deployMigrations } from "../../server/db/deploy-migrations";
import { openEmbeddedPostgres, type EmbeddedPostgres } from "../../server/db/embedded-postgres";

/**
 * Points this test file's services (the shared db()) at a fresh, migrated
 * embedded database in a temporary folder instead of the run's PostgreSQL one,
 * as start-up does for the embedded default. Call it at the top of a file of its
 * own: vitest gives each file its own worker, and the pool must be set before
 * anything in that worker calls db().
 */
export function runOnEmbeddedDatabase(): void {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-embedded-it-"));
    embedded = await openEmbeddedPostgres(dataDir);
    await deployMigrations(embedded.pool);
    setDatabasePool(embedded.pool);
    // Fails if db() was created earlier in this worker, on the PostgreSQL test database.
    const [server] = await db().$queryRaw<{ version: string }[]>`SELECT version()`;
    expect(server?.version).toContain("PGlite");
  });

  afterAll(async () => {
    await db().$disconnect();
    await embedded?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
}
