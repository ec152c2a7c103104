import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db, onQuery } from "./client";
import { createPostgresPool, databasePool, setDatabasePool } from "./database-pool";
import { directRead } from "./direct-read";
import { Prisma } from "./generated/client";
import { QueryOutsideTransactionError } from "./transaction-guard";

// A zone far from UTC: node-postgres reads and writes timestamps without a zone
// in the process's local time, Prisma in UTC. directRead must agree with Prisma.
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  process.env.TZ = zoneBefore;
});

describe("directRead", () => {
  it("reads timestamps and sends instants as Prisma does, in any time zone of the process", async () => {
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    const instant = new Date("2026-03-08T09:30:15.123Z");
    const statement = Prisma.sql`SELECT ${instant}::timestamp(3) AS "sent", '2026-11-01 01:30:00.5'::timestamp(3) AS "stored",
      ${instant}::timestamp(3) > ${new Date(0)}::timestamp(3) AS "later"`;
    const [direct] = await directRead<{ sent: Date; stored: Date; later: boolean }>(statement);
    const [prisma] = await db().$queryRaw<{ sent: Date; stored: Date; later: boolean }[]>(statement);
    expect(direct).toEqual(prisma);
    expect(direct!.sent.toISOString()).toBe(instant.toISOString());
    expect(direct!.stored.toISOString()).toBe("2026-11-01T01:30:00.500Z");
  });

  it("reads the same rows as Prisma's $queryRaw, arrays and enums included", async () => {
    const statement = Prisma.sql`SELECT r."id", r."slug", r."contentVersion", r."visibility"::text AS "visibility", r."updatedAt"
      FROM "Roadmap" r WHERE r."slug" = ANY(${["backend", "no-such-roadmap"]}) ORDER BY r."id"`;
    expect(await directRead(statement)).toEqual(await db().$queryRaw(statement));
  });

  it("tells the statement listeners what it sent", async () => {
    const seen: { query: string; params: string }[] = [];
    const stop = onQuery((event) => seen.push(event));
    try {
      await directRead(Prisma.sql`SELECT ${"a"}::text AS "a", ${[1, 2]}::int[] AS "b"`);
    } finally {
      stop();
    }
    expect(seen).toEqual([
      { query: 'SELECT $1::text AS "a", $2::int[] AS "b"', params: '["a",[1,2]]', durationMs: expect.any(Number) },
    ]);
  });

  it("refuses to run inside a transaction's callback, as the shared client does", async () => {
    await expect(db().$transaction(async () => directRead(Prisma.sql`SELECT 1`))).rejects.toBeInstanceOf(
      QueryOutsideTransactionError,
    );
  });

  describe("with a name", () => {
    /** Runs `fn` with the process's pool replaced by `pool`, then puts the shared one back. */
    async function withPool<T>(pool: pg.Pool, fn: () => Promise<T>): Promise<T> {
      const shared = databasePool();
      setDatabasePool(pool);
      try {
        return await fn();
      } finally {
        setDatabasePool(shared);
        await pool.end();
      }
    }
    const prepared = () =>
      directRead<{ name: string; statement: string }>(
        Prisma.sql`SELECT "name", "statement" FROM pg_prepared_statements WHERE "name" LIKE 'test_read_%' ORDER BY 1`,
      );
    const read = (text: "a" | "b") =>
      directRead<{ value: string }>(
        text === "a" ? Prisma.sql`SELECT ${"x"}::text AS "value"` : Prisma.sql`SELECT ${"y"}::text || '!' AS "value"`,
        { name: "test_read" },
      );

    it("prepares the statement once per connection of a PostgreSQL pool, and answers as without", async () => {
      await withPool(createPostgresPool(process.env.DATABASE_URL!, 1), async () => {
        expect(await read("a")).toEqual([{ value: "x" }]);
        expect(await read("a")).toEqual([{ value: "x" }]);
        const once = await prepared();
        expect(once).toHaveLength(1);
        expect(once[0]!.statement).toContain('SELECT $1::text AS "value"');
        // Another text under the same name is another statement, not a refusal.
        expect(await read("b")).toEqual([{ value: "y!" }]);
        expect(await read("a")).toEqual([{ value: "x" }]);
        expect(await prepared()).toHaveLength(2);
      });
    });

    it("prepares nothing on a pool that shares one session (the embedded database's kind)", async () => {
      await withPool(new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 1 }), async () => {
        expect(await read("a")).toEqual([{ value: "x" }]);
        expect(await prepared()).toEqual([]);
      });
    });
  });
});
