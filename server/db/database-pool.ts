import "server-only";

import pg from "pg";
import { env } from "../platform/env";

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
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: size } = env();
  if (!url) {
    throw new Error(
      "No database: DATABASE_URL is unset and the embedded PostgreSQL has not been opened " +
        "(it opens when the Next.js server starts; scripts must set DATABASE_URL).",
    );
  }
  return (holder[GLOBAL_KEY] = createPostgresPool(url, size));
}

export interface DatabaseTimeouts {
  /** Waiting for a pooled connection, or for a new one to be established. */
  connectMs: number;
  /** One statement; the server cancels it, and the client gives up shortly after if the server is silent. */
  statementMs: number;
  /** An interactive transaction from start to commit. */
  transactionMs: number;
}

export function databaseTimeouts(): DatabaseTimeouts {
  const config = env();
  return {
    connectMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    transactionMs: config.DATABASE_TRANSACTION_TIMEOUT_MS,
  };
}

/**
 * A pool of connections to a PostgreSQL server in which no call waits without
 * bound: acquiring a connection, each statement (cancelled by the server, and
 * abandoned by the client if the server does not even answer that) and a
 * transaction left open by a vanished client (ended by the server).
 */
export function createPostgresPool(url: string, size = 10, timeouts: DatabaseTimeouts = databaseTimeouts()): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: size,
    Client: ClientDroppedOnSilence,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.statementMs + 1_000,
    idle_in_transaction_session_timeout: timeouts.transactionMs + 5_000,
    keepAlive: true,
  });
  // A connection that breaks while idle is dropped by the pool; the next
  // checkout opens a new one. Without a listener the error would end the process.
  pool.on("error", () => {});
  (pool as MarkedPool)[SESSION_PER_CONNECTION] = true;
  return pool;
}

/**
 * Marks the pools made by createPostgresPool (each connection its own PostgreSQL session): a
 * property of the pool, as the pool itself is shared through globalThis, since the server's
 * bundles may each hold their own copy of this module.
 */
const SESSION_PER_CONNECTION = Symbol.for("waymark.sessionPerConnection");
type MarkedPool = pg.Pool & { [SESSION_PER_CONNECTION]?: true };

/**
 * Whether a statement prepared under a name on one of the pool's connections stays that
 * connection's alone (a PostgreSQL server's pool), unlike the embedded database's one session,
 * which would outlive a replaced client and refuse the same name prepared again.
 */
export function keepsNamedStatements(pool: pg.Pool): boolean {
  return (pool as MarkedPool)[SESSION_PER_CONNECTION] === true;
}

/**
 * After a client-side query timeout node-postgres keeps using the connection,
 * although the server may still answer the abandoned query later and hand that
 * answer to the next one. A connection that went silent is not trusted again:
 * it is destroyed, so the pool replaces it.
 */
class ClientDroppedOnSilence extends pg.Client {}
const baseQuery = pg.Client.prototype.query as unknown as (this: pg.Client, ...args: unknown[]) => unknown;
Object.defineProperty(ClientDroppedOnSilence.prototype, "query", {
  configurable: true,
  writable: true,
  value: function query(this: pg.Client, ...args: unknown[]) {
    const dropOnSilence = (error: unknown) => {
      if (error instanceof Error && error.message === "Query read timeout") {
        (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      }
    };
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        dropOnSilence(error);
        (callback as (error: unknown, result: unknown) => void)(error, result);
      };
      return baseQuery.apply(this, args);
    }
    const result = baseQuery.apply(this, args);
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        dropOnSilence(error);
        throw error;
      });
    }
    return result;
  },
});

/** Runs `fn` with a short-lived pool to `url` (scripts, tests), closing it afterwards. */
export async function withPostgresPool<T>(url: string, fn: (pool: pg.Pool) => Promise<T>, size = 2): Promise<T> {
  const pool = createPostgresPool(url, size);
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}
