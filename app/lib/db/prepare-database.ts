import { checkAuthConfiguration } from "../auth/check-auth-configuration";
import { connectRedis } from "../cache/redis-client";
import { seedBuiltInRoadmaps } from "../../../prisma/seed/seed-built-in-roadmaps";
import { dataDir, env, usesEmbeddedDatabase } from "../env";
import { logger } from "../logger";
import { db } from "./client";
import { databasePool, setDatabasePool } from "./database-pool";
import { deployMigrations } from "./deploy-migrations";
import { openEmbeddedPostgres } from "./embedded-postgres";

/**
 * Runs once when the server starts (instrumentation.ts): opens the embedded
 * PostgreSQL when no DATABASE_URL is set, then applies pending migrations and the
 * built-in roadmaps. Both are idempotent and serialised by PostgreSQL advisory
 * locks, so several instances may start at once against one database.
 */
export async function prepareDatabase(): Promise<void> {
  const started = Date.now();
  env(); // parse errors name every bad variable before anything starts
  if (usesEmbeddedDatabase()) {
    const embedded = await openEmbeddedPostgres(dataDir());
    setDatabasePool(embedded.pool);
    // No signal handlers of our own: Next.js finishes in-flight requests and exits;
    // PostgreSQL has made every commit durable, and the lock goes with the process.
    logger.info({ dataDir: embedded.dataDir }, "embedded PostgreSQL started");
  }
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
export async function prepareDatabaseOrExit(): Promise<void> {
  try {
    await prepareDatabase();
  } catch (error) {
    // A half-started server would only fail later, request by request.
    console.error(`\nWaymark could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
