import { describe, expect, it } from "vitest";
import { testDb } from "../e2e/support/test-db";

/**
 * Every foreign key's columns, and the indexes of its table, as PostgreSQL's
 * catalog has them on this run's database (every migration applied).
 */
const FOREIGN_KEYS_WITHOUT_A_LEADING_INDEX = `
  SELECT c.conrelid::regclass::text AS "table",
         c.conname AS "constraint",
         (SELECT array_agg(a.attname::text ORDER BY k.ord)
            FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS "columns"
    FROM pg_constraint c
   WHERE c.contype = 'f'
     AND c.connamespace = 'public'::regnamespace
     AND NOT EXISTS (
       SELECT 1
         FROM pg_index i
        WHERE i.indrelid = c.conrelid
          -- The index's first columns are the key's columns, in any order.
          AND (SELECT array_agg(x ORDER BY x)
                 FROM unnest((string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)]) AS x)
            = (SELECT array_agg(x ORDER BY x) FROM unnest(c.conkey) AS x)
     )
   ORDER BY 1, 2`;

describe("foreign keys", () => {
  it("every foreign key has an index that leads with its columns", async () => {
    // Without one, deleting a referenced row (a roadmap, an account) scans the whole referencing table.
    const missing = await testDb().$queryRawUnsafe<{ table: string; constraint: string; columns: string[] }[]>(
      FOREIGN_KEYS_WITHOUT_A_LEADING_INDEX,
    );
    expect(missing).toEqual([]);
  });

  it("the check sees a foreign key without an index", async () => {
    const db = testDb();
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`CREATE TABLE "ProbeUnindexed" ("roadmapId" text REFERENCES "Roadmap"(id))`);
        const missing = await tx.$queryRawUnsafe<{ table: string; columns: string[] }[]>(
          FOREIGN_KEYS_WITHOUT_A_LEADING_INDEX,
        );
        expect(missing).toContainEqual(expect.objectContaining({ table: '"ProbeUnindexed"', columns: ["roadmapId"] }));
        await tx.$executeRawUnsafe(`CREATE INDEX ON "ProbeUnindexed" ("roadmapId")`);
        const after = await tx.$queryRawUnsafe<{ table: string }[]>(FOREIGN_KEYS_WITHOUT_A_LEADING_INDEX);
        expect(after.map((row) => row.table)).not.toContain('"ProbeUnindexed"');
        // Nothing of the probe stays.
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
  });
});

class RollBack extends Error {}
