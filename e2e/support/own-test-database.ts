import { afterAll, beforeAll } from "vitest";
import { db } from "../../server/db/client";
import { createPostgresPool, setDatabasePool } from "../../server/db/database-pool";
import { deployMigrations } from "../../server/db/deploy-migrations";
import { createThrowawayDatabase, type ThrowawayDatabase } from "./throwaway-database";

/**
 * Points this test file's services (the shared db()) at a fresh, migrated
 * PostgreSQL database of its own instead of the run's shared one, for tests
 * whose data would change what other files see (thousands of public roadmaps
 * in the Explore list). Call it at the top of a file of its own, as with
 * runOnEmbeddedDatabase: the pool must be set before anything in the worker calls db().
 */
export function runOnOwnPostgresDatabase(label: string): void {
  let database: ThrowawayDatabase | undefined;

  beforeAll(async () => {
    database = await createThrowawayDatabase(label);
    const pool = createPostgresPool(database.url, 4);
    await deployMigrations(pool);
    setDatabasePool(pool);
  });

  afterAll(async () => {
    await db().$disconnect();
    await database?.drop();
  });
}
