import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { lockDataDir } from "./data-dir-lock";

export interface EmbeddedPostgres {
  /** A normal PostgreSQL connection string for the in-process server. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

// Next.js may evaluate this module more than once in one process (instrumentation
// and route bundles, dev reloads). The instance lives on globalThis so every copy
// shares it; a second PGlite on the same folder would corrupt the data.
const GLOBAL_KEY = Symbol.for("waymark.embeddedPostgres");
type GlobalWithEmbedded = typeof globalThis & { [GLOBAL_KEY]?: Promise<EmbeddedPostgres> };

/**
 * Starts PostgreSQL (PGlite, compiled to WebAssembly) in this process, keeping its
 * files in `dataDir`, and serves it on a random loopback port so Prisma and `pg`
 * connect to it like to any PostgreSQL. Idempotent within a process.
 */
export function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const holder = globalThis as GlobalWithEmbedded;
  const running = holder[GLOBAL_KEY];
  if (running) return running;
  const starting = open(dataDir);
  holder[GLOBAL_KEY] = starting;
  starting.catch(() => {
    delete holder[GLOBAL_KEY];
  });
  return starting;
}

async function open(dataDir: string): Promise<EmbeddedPostgres> {
  const release = lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir: path.join(dataDir, "pgdata") });
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: 0,
      // PGlite runs one query at a time; the server queues statements from many
      // pool connections and keeps each transaction on its own connection.
      maxConnections: 32,
    });
    await server.start();
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      release();
      delete (globalThis as GlobalWithEmbedded)[GLOBAL_KEY];
    };
    return {
      url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
      dataDir,
      stop,
    };
  } catch (error) {
    release();
    throw error;
  }
}
