import { randomBytes } from "node:crypto";
import type pg from "pg";
import { describe, expect, it } from "vitest";
import { databasePool } from "../../server/db/database-pool";
import { autovacuumRuns, upkeepTables } from "../../server/db/table-upkeep";

/** This connection's pending statistics, visible to the next statement (PostgreSQL 15 keeps them a while). */
async function flushStatistics(client: pg.PoolClient): Promise<void> {
  await client.query("SELECT pg_stat_force_next_flush()");
  await client.query("SELECT 1");
}

async function tableFacts(client: pg.PoolClient, table: string) {
  const { rows } = await client.query<{ rows: number; dead: number }>(
    `SELECT c.reltuples::int AS "rows", s.n_dead_tup::int AS "dead"
     FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = $1`,
    [table],
  );
  return rows[0]!;
}

/**
 * Table upkeep (server/db/table-upkeep.ts) on `database`: a table is analyzed once it has rows
 * and was never analyzed, or once more than 50 rows + 10% of it changed; vacuumed once more than
 * 50 + 20% of it are dead rows; left alone below both.
 */
export function describeTableUpkeep(database: string): void {
  describe(`table upkeep on ${database}`, () => {
    it("analyzes and vacuums a table at autovacuum's thresholds, and leaves it alone below them", async () => {
      const client = await databasePool().connect();
      const table = `upkeep_${randomBytes(4).toString("hex")}`;
      try {
        await client.query(`CREATE TABLE "${table}" ("id" int PRIMARY KEY, "v" text)`);
        await client.query(`INSERT INTO "${table}" SELECT g, 'a' FROM generate_series(1, 1000) g`);
        await flushStatistics(client);
        expect((await tableFacts(client, table)).rows, "never analyzed").toBe(-1);

        const first = await upkeepTables(client);
        expect(first.analyzed).toContain(table);
        expect(first.vacuumed).not.toContain(table);
        expect((await tableFacts(client, table)).rows).toBe(1000);

        // 120 rows changed: under 50 + 10% of 1,000 for ANALYZE, under 50 + 20% dead for VACUUM.
        await client.query(`UPDATE "${table}" SET "v" = 'b' WHERE "id" <= 120`);
        await flushStatistics(client);
        const quiet = await upkeepTables(client);
        expect(quiet.analyzed).not.toContain(table);
        expect(quiet.vacuumed).not.toContain(table);

        // 160 more: 280 changed since the analysis (past 150), 280 dead rows (past 250).
        await client.query(`UPDATE "${table}" SET "v" = 'c' WHERE "id" > 840`);
        await flushStatistics(client);
        const busy = await upkeepTables(client);
        expect(busy.vacuumed).toContain(table);
        expect(busy.analyzed, "VACUUM (ANALYZE) analyzes it too").not.toContain(table);
        await flushStatistics(client);
        expect((await tableFacts(client, table)).dead).toBe(0);
        expect((await upkeepTables(client)).vacuumed).not.toContain(table);
      } finally {
        await client.query(`DROP TABLE IF EXISTS "${table}"`);
        client.release();
      }
    });

    it("tells whether the server runs autovacuum itself", async () => {
      const { rows } = await databasePool().query<{ setting: string }>(
        "SELECT current_setting('autovacuum') AS setting",
      );
      expect(await autovacuumRuns(databasePool())).toBe(rows[0]!.setting === "on");
    });
  });
}
