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
import { dataDir, env, usesEmbeddedDatabase } from "../platform/env";
import { logger } from "../platform/logger";
import { installGracefulShutdown } from "./graceful-shutdown";
import { registerServerMetrics } from "./server-metrics";

/**
 * The server's start-up, run once by instrumentation.ts before the first request:
 * opens the embedded PostgreSQL when no DATABASE_URL is set, checks the sign-in
 * configuration, connects Redis, applies pending migrations and the built-in
 * roadmaps (both idempotent and serialised by PostgreSQL advisory locks, so
 * several instances may start at once against one database), and installs the
 * graceful shutdown that closes all of it again.
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
  registerServerMetrics();
  installGracefulShutdown({
    timeoutMs: env().SHUTDOWN_TIMEOUT_MS,
    closeResources: async () => {
      await Promise.allSettled([closeDatabase(), closeRedis(), closeDatabaseProbe()]);
    },
  });
  checkAuthConfiguration();
  await connectRedis();
  if (!env().WAYMARK_AUTO_MIGRATE) {
    logger.info("WAYMARK_AUTO_MIGRATE=false: skipping migrations and seed");
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
