import "server-only";

import type pg from "pg";
import { logger } from "../platform/logger";

/*
 * What PostgreSQL's autovacuum does, for databases it does not run in: the embedded default
 * (PGlite is one process without background workers, whatever its `autovacuum` setting says)
 * and a server whose operator turned it off. Without it the planner never learns how big the
 * tables are, and a plan made on a guess is kept: plpgsql functions (skill_sync among them) run
 * with generic plans that each connection makes once and keeps. Measured on a learner with 50
 * roadmaps sharing 500 skills, never analyzed: a click on an item claiming a skill spent 12.8 ms
 * in the database (a scan of every section for each roadmap), 1.7 ms once analyzed. Dead rows
 * are never reclaimed either: every status change leaves one behind.
 *
 * The thresholds are autovacuum's defaults: a table is analyzed once more than 50 rows and 10%
 * of it changed since its last analysis (or it has rows and was never analyzed), vacuumed once
 * more than 50 rows and 20% of it are dead. ANALYZE reads a sample of each table (at most 30,000
 * rows) and VACUUM skips pages with no dead rows, so a round stays short; on the embedded database
 * it holds the one connection meanwhile, as any statement does.
 */

const ANALYZE_BASE = 50;
const ANALYZE_SCALE = 0.1;
const VACUUM_BASE = 50;
const VACUUM_SCALE = 0.2;

/** As often as autovacuum looks (autovacuum_naptime). */
export const UPKEEP_INTERVAL_MS = 60_000;

export interface UpkeepRound {
  analyzed: string[];
  vacuumed: string[];
}

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

/** A pool, or one client of it. */
type Queryable = Pick<pg.Pool, "query">;

/** One round: the tables of this schema past a threshold are vacuumed (and analyzed) or analyzed. */
export async function upkeepTables(pool: Queryable): Promise<UpkeepRound> {
  const { rows } = await pool.query<{ table: string; analyze: boolean; vacuum: boolean }>(
    `SELECT s.relname AS "table",
       s.n_mod_since_analyze > $1 + $2 * greatest(c.reltuples, 0)
         OR (c.reltuples < 0 AND s.n_live_tup > 0) AS "analyze",
       s.n_dead_tup > $3 + $4 * greatest(c.reltuples, 0) AS "vacuum"
     FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
     WHERE s.schemaname = current_schema()
     ORDER BY s.relname`,
    [ANALYZE_BASE, ANALYZE_SCALE, VACUUM_BASE, VACUUM_SCALE],
  );
  const vacuumed = rows.filter((row) => row.vacuum).map((row) => row.table);
  const analyzed = rows.filter((row) => row.analyze && !row.vacuum).map((row) => row.table);
  if (vacuumed.length > 0) await pool.query(`VACUUM (ANALYZE) ${vacuumed.map(quoted).join(", ")}`);
  if (analyzed.length > 0) await pool.query(`ANALYZE ${analyzed.map(quoted).join(", ")}`);
  return { analyzed, vacuumed };
}

/** Whether this PostgreSQL server runs autovacuum itself (PGlite reports `on` but has no daemon). */
export async function autovacuumRuns(pool: Queryable): Promise<boolean> {
  const { rows } = await pool.query<{ on: boolean }>(`SELECT current_setting('autovacuum') = 'on' AS "on"`);
  return rows[0]?.on === true;
}

/**
 * A round now and one every UPKEEP_INTERVAL_MS until stopped. A round that fails (the database
 * unreachable for a while) is logged and the next one tries again; rounds never overlap.
 */
export function keepTablesUp(pool: Queryable, why: string): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const round = () => {
    if (running) return;
    const started = Date.now();
    running = upkeepTables(pool)
      .then(({ analyzed, vacuumed }) => {
        if (analyzed.length + vacuumed.length > 0) {
          logger.info({ analyzed, vacuumed, ms: Date.now() - started }, "tables kept up");
        }
      })
      .catch((error: unknown) => logger.warn({ err: error }, "table upkeep failed; trying again later"))
      .finally(() => {
        running = null;
      });
  };
  logger.info({ why, everyMs: UPKEEP_INTERVAL_MS }, "Waymark analyzes and vacuums its tables itself");
  round();
  const timer = setInterval(round, UPKEEP_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
