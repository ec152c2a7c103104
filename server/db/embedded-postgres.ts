import "server-only";

import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";

export interface EmbeddedPostgres {
  /**
   * The only way into the database: a node-postgres pool of exactly one client,
   * talking to PGlite in this process (no socket). Its queue is the one place
   * where concurrent requests wait their turn.
   */
  pool: pg.Pool;
  dataDir: string;
  /**
   * A consistent snapshot of the whole database (a gzipped tar of its folder),
   * taken while holding the one connection, so no statement runs meanwhile.
   */
  snapshot(): Promise<Blob>;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** How long a caller may wait for the one connection before its query fails. */
  acquireTimeoutMs?: number;
}

/**
 * The PostgreSQL extensions the migrations create (pg_trgm: Roadmap's title index).
 * PGlite loads an extension's code only when it is named here, on every open of a
 * database that uses it, including db:restore's check of a snapshot.
 */
export const embeddedExtensions = { pg_trgm };

// Next.js may evaluate this module more than once in one process (instrumentation
// and route bundles, dev reloads). The instance lives on globalThis so every copy
// shares it; a second PGlite on the same folder would corrupt the data.
const GLOBAL_KEY = Symbol.for("waymark.embeddedPostgres");
type GlobalWithEmbedded = typeof globalThis & { [GLOBAL_KEY]?: Promise<EmbeddedPostgres> };

/**
 * Opens PostgreSQL (PGlite, compiled to WebAssembly) in this process, keeping its
 * files in `dataDir`. Idempotent within a process; other processes are kept out of
 * the folder by a lock.
 *
 * Why one connection: PGlite is a single PostgreSQL session. Unnamed prepared
 * statements, the extended protocol's error state and the open transaction all
 * belong to that session, so two clients sharing it message by message (as
 * pglite-socket's multiplexing does) bind one client's parameters to another's
 * statement, lose answers and hang. One pg client per process keeps every
 * Parse..Sync sequence and every transaction whole; the pool queues the rest.
 */
export function openEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const holder = globalThis as GlobalWithEmbedded;
  const running = holder[GLOBAL_KEY];
  if (running) return running;
  const opening = open(dataDir, options);
  holder[GLOBAL_KEY] = opening;
  opening.catch(() => {
    delete holder[GLOBAL_KEY];
  });
  return opening;
}

async function open(dataDir: string, options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const release = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir: path.join(dataDir, "pgdata"), extensions: embeddedExtensions });
    const pool = new pg.Pool({
      ...singleSessionConfig(pglite),
      max: 1,
      // Keep the one client: reconnecting costs nothing, but there is nothing to gain.
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: options.acquireTimeoutMs ?? 0,
    });
    // A broken client is dropped by the pool; the next one starts a clean session.
    pool.on("error", () => {});
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        try {
          await pool.end();
          await pglite.close();
        } finally {
          release();
          delete (globalThis as GlobalWithEmbedded)[GLOBAL_KEY];
        }
      })());
    const snapshot = async () => {
      const client = await pool.connect();
      try {
        await client.query("CHECKPOINT");
        return await pglite.dumpDataDir("gzip");
      } finally {
        client.release();
      }
    };
    return { pool, dataDir, snapshot, close };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * PGlite's node-postgres connection, with two repairs:
 * - made safe to reuse: the pool throws a client away after an error, but the
 *   session it used lives on. A transaction that client left open would swallow
 *   the next client's statements, so each new client starts by rolling it back,
 *   like a server does when a connection drops;
 * - node-postgres hands Parse the query's `types` option, which for Prisma is a
 *   type-parser object, not a list of parameter types. pg's own serializer ignores
 *   it; PGlite's calls forEach on it and throws. Parameter types are inferred
 *   either way, so pass none.
 */
function singleSessionConfig(pglite: PGlite) {
  const config = createPgConfig(pglite);
  const connection = config.connection;
  const connect = connection.connect.bind(connection);
  connection.connect = async (port, host) => {
    await pglite.waitReady;
    if (pglite.isInTransaction()) await pglite.exec("ROLLBACK");
    return connect(port, host);
  };
  const parse = connection.parse.bind(connection);
  connection.parse = (query: { types?: unknown }) =>
    parse({ ...query, types: Array.isArray(query.types) ? query.types : [] });
  return { ...config, connection };
}
