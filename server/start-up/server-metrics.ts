import "server-only";

import { onQuery } from "../db/client";
import { databasePool } from "../db/database-pool";
import { redisClient } from "../platform/cache/redis-client";
import { databaseDownSince } from "../platform/database-health-state";
import { builtContentTrees } from "../services/roadmaps/content/roadmap-content";
import {
  collectProcessMetrics,
  dbStatementDuration,
  dbStatements,
  gaugeFromCallback,
  registerAllMetrics,
} from "../platform/metrics";

/**
 * At start-up: the metrics that are read from their owners rather than counted
 * where things happen (the pool, the health state, Redis), every SQL statement
 * Prisma sends, and the process's own (CPU, memory, event loop, GC).
 */
export function registerServerMetrics(): void {
  collectProcessMetrics();
  registerAllMetrics();
  onQuery(({ durationMs }) => {
    dbStatements().inc();
    dbStatementDuration().observe(durationMs / 1000);
  });
  gaugeFromCallback(
    "waymark_db_pool_connections_in_use",
    "Database connections checked out of the pool right now.",
    () => databasePool().totalCount - databasePool().idleCount,
  );
  gaugeFromCallback(
    "waymark_db_pool_connections_idle",
    "Open database connections waiting in the pool.",
    () => databasePool().idleCount,
  );
  gaugeFromCallback(
    "waymark_db_pool_waiting",
    "Callers queued for a database connection.",
    () => databasePool().waitingCount,
  );
  gaugeFromCallback("waymark_database_up", "1 while the database answers, 0 while it is known to be down.", () =>
    databaseDownSince() === null ? 1 : 0,
  );
  gaugeFromCallback(
    "waymark_roadmap_content_cache_trees",
    "Roadmap content trees built and held in this process (at most 64).",
    builtContentTrees,
  );
  gaugeFromCallback("waymark_redis_up", "1 when Redis is connected, 0 when it is down or not configured.", () =>
    redisClient()?.status === "ready" ? 1 : 0,
  );
}
