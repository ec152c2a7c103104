import pg from "pg";
import { env } from "../env";

/**
 * The node-postgres pool every database user in this process shares: Prisma's
 * adapter, migrations and health checks. With DATABASE_URL it is an ordinary pool
 * of connections to that server; with the embedded database it is the pool of one
 * that start-up opens over PGlite (see embedded-postgres.ts).
 */
const GLOBAL_KEY = Symbol.for("waymark.databasePool");
type GlobalWithPool = typeof globalThis & { [GLOBAL_KEY]?: pg.Pool };

/** Start-up hands over the embedded database's pool once it is open. */
export function setDatabasePool(pool: pg.Pool): void {
  (globalThis as GlobalWithPool)[GLOBAL_KEY] = pool;
}

/** The pool of this process: the embedded one, or one made from DATABASE_URL on first use. */
export function databasePool(): pg.Pool {
  const holder = globalThis as GlobalWithPool;
  if (holder[GLOBAL_KEY]) return holder[GLOBAL_KEY];
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "No database: DATABASE_URL is unset and the embedded PostgreSQL has not been opened " +
        "(it opens when the Next.js server starts; scripts must set DATABASE_URL).",
    );
  }
  return (holder[GLOBAL_KEY] = createPostgresPool(url));
}

/** A pool of connections to a PostgreSQL server. */
export function createPostgresPool(url: string, size = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: size });
  // A connection that breaks while idle is dropped by the pool; the next
  // checkout opens a new one. Without a listener the error would end the process.
  pool.on("error", () => {});
  return pool;
}

/** Runs `fn` with a short-lived pool to `url` (scripts, tests), closing it afterwards. */
export async function withPostgresPool<T>(url: string, fn: (pool: pg.Pool) => Promise<T>, size = 2): Promise<T> {
  const pool = createPostgresPool(url, size);
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}
