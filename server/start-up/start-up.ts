import "server-only";

import { checkAuthConfiguration } from "../auth/check-auth-configuration";
import { closeRedis, connectRedis } from "../platform/cache/redis-client";
import { seedBuiltInRoadmaps } from "../../prisma/seed/seed-built-in-roadmaps";
import { db } from "../db/client";
import { closeDatabaseProbe } from "../db/database-health";
import { databasePool, databaseTimeouts, setDatabasePool } from "../db/database-pool";
import { deployMigrations } from "../db/deploy-migrations";
import { serveControlSocket } from "../db/embedded-control-socket";
import { openEmbeddedPostgres } from "../db/embedded-postgres";
import { autovacuumRuns, keepTablesUp } from "../db/table-upkeep";
import { dataDir, env, usesEmbeddedDatabase } from "../platform/env";
import { logger } from "../platform/logger";
import { installGracefulShutdown } from "./graceful-shutdown";
import { registerServerMetrics } from "./server-metrics";

/**
 * The server's start-up, run once by instrumentation.ts before the first request:
 * opens the embedded PostgreSQL when no DATABASE_URL is set, checks the sign-in
 * configuration, connects Redis, applies pending migrations and the built-in
 * roadmaps (both idempotent and serialised by PostgreSQL advisory locks, so
 * several instances may start at once against one database), keeps the tables
 * analyzed and vacuumed where autovacuum does not (db/table-upkeep.ts), and
 * installs the graceful shutdown that closes all of it again.
 */
export async function startUp(): Promise<void> {
  const started = Date.now();
  env(); // parse errors name every bad variable before anything starts
  let closeDatabase = async () => {
    await databasePool().end();
  };
  if (usesEmbeddedDatabase()) {
    // Requests queue for the one connection by design: a place in the queue may
    // last as long as a transaction may.
    const { connectMs, transactionMs } = databaseTimeouts();
    const embedded = await openEmbeddedPostgres(dataDir(), { acquireTimeoutMs: Math.max(connectMs, transactionMs) });
    setDatabasePool(embedded.pool);
    // `npm run db:backup` asks this server for consistent snapshots while it runs.
    const closeControlSocket = await serveControlSocket(embedded);
    closeDatabase = async () => {
      await closeControlSocket();
      await embedded.close();
    };
    logger.info({ dataDir: embedded.dataDir }, "embedded PostgreSQL started");
  }
  let stopUpkeep = async () => {};
  registerServerMetrics();
  installGracefulShutdown({
    timeoutMs: env().SHUTDOWN_TIMEOUT_MS,
    closeResources: async () => {
      await stopUpkeep();
      await Promise.allSettled([closeDatabase(), closeRedis(), closeDatabaseProbe()]);
    },
  });
  const keepTablesUpIfNeeded = async () => {
    const why = usesEmbeddedDatabase()
      ? "the embedded database has no autovacuum"
      : (await autovacuumRuns(databasePool()))
        ? null
        : "autovacuum is off on this PostgreSQL server";
    if (why) stopUpkeep = keepTablesUp(databasePool(), why).stop;
  };
  checkAuthConfiguration();
  await connectRedis();
  if (!env().WAYMARK_AUTO_MIGRATE) {
    logger.info("WAYMARK_AUTO_MIGRATE=false: skipping migrations and seed");
    await keepTablesUpIfNeeded();
    return;
  }
  const { applied } = await deployMigrations(databasePool());
  const seeded = await seedBuiltInRoadmaps(db());
  logger.info(
    {
      migrationsApplied: applied,
      roadmaps: seeded.map((result) => ("skipped" in result ? result : { slug: result.slug, ...result.changes })),
      ms: Date.now() - started,
    },
    "database ready",
  );
  // After the seed, so that its first round analyzes what the seed wrote; after the log above,
  // which a round on the embedded database (PGlite runs on this thread) would hold back.
  await keepTablesUpIfNeeded();
}

/** For instrumentation: a server that cannot reach its database stops at once with the reason. */
export async function startUpOrExit(): Promise<void> {
  try {
    await startUp();
  } catch (error) {
    // A half-started server would only fail later, request by request.
    console.error(`\nWaymark could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
