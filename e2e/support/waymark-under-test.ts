import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../../server/db/client";
import { openEmbeddedPostgres } from "../../server/db/embedded-postgres";
import { startGithubStandIn } from "./github-stand-in";
import { signInOverHttp } from "./http-sign-in";
import { startNextServer, type RunningServer } from "./next-server";
import { startFaultProxy, type FaultProxy } from "./tcp-fault-proxy";
import { createThrowawayDatabase, type ThrowawayDatabase } from "./throwaway-database";

export type DatabaseKind = "postgres" | "embedded";
export const DATABASE_KINDS: readonly DatabaseKind[] = ["postgres", "embedded"];

/**
 * A production build of Waymark (`next start`) on a fresh database of either
 * kind, with GitHub replaced by the stand-in. Tests drive it over HTTP only, so
 * the same test runs unchanged on PostgreSQL and on the embedded default.
 */
export interface WaymarkUnderTest {
  kind: DatabaseKind;
  url: string;
  server: RunningServer;
  /** With `throughFaultProxy`, the proxy between the server and PostgreSQL, to cut or freeze. */
  faults?: FaultProxy;
  /** The embedded database's folder (embedded kind only). */
  dataDir?: string;
  /** Stops the server, runs `fn`, and starts the server again on the same data. */
  whileStopped<T>(fn: () => Promise<T>): Promise<T>;
  signIn(login: string): Promise<string>;
  /**
   * Reads the database directly. PostgreSQL is read while the server runs; the
   * embedded database belongs to its server, so the server is stopped, the data
   * folder opened here, and the server started again afterwards.
   */
  inspect<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Stops the server (gracefully) and starts it again on the same data. */
  restart(): Promise<void>;
  /** Kills the server with SIGKILL (no shutdown at all) and starts it again on the same data. */
  crashAndRestart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startWaymark(
  kind: DatabaseKind,
  options: {
    port: number;
    env?: Record<string, string | undefined>;
    throughFaultProxy?: boolean;
    /** A PostgreSQL database the caller made (and drops): the site-scale benchmark fills one before the server starts. */
    databaseUrl?: string;
  },
): Promise<WaymarkUnderTest> {
  const github = await startGithubStandIn();
  let database: ThrowawayDatabase | undefined;
  let dataDir: string | undefined;
  let faults: FaultProxy | undefined;
  const ownDatabase = kind === "postgres" && !options.databaseUrl;
  if (ownDatabase) database = await createThrowawayDatabase(`conc_${options.port}`);
  else if (kind === "postgres") database = { url: options.databaseUrl!, name: "", drop: async () => {} };
  else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-embedded-"));
  if (database && options.throughFaultProxy) {
    const target = new URL(database.url);
    faults = await startFaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
  }

  const serverEnv = {
    DATABASE_URL: database && faults ? faults.urlFor(database.url) : database?.url,
    WAYMARK_DATA_DIR: dataDir,
    AUTH_URL: `http://localhost:${options.port}`,
    AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
    AUTH_GITHUB_ID: github.clientId,
    AUTH_GITHUB_SECRET: github.clientSecret,
    WAYMARK_GITHUB_STAND_IN_URL: github.url,
    LOG_LEVEL: "warn",
    ...options.env,
  };
  const start = () => startNextServer({ port: options.port, env: serverEnv, timeoutMs: 120_000 });
  let server = await start();

  const cleanUp = async () => {
    await github.close();
    await faults?.close();
    // BENCH_KEEP_DATABASES=1 leaves a benchmark's PostgreSQL database behind to look into.
    if (process.env.BENCH_KEEP_DATABASES && database) console.error(`kept database ${database.url}`);
    else await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const waymark: WaymarkUnderTest = {
    kind,
    url: server.url,
    faults,
    dataDir,
    whileStopped: async (fn) => {
      await server.stop();
      try {
        return await fn();
      } finally {
        server = await start();
      }
    },
    get server() {
      return server;
    },
    signIn: (login) => signInOverHttp(server.url, github, login),
    inspect: async (fn) => {
      if (database) return withClient(createPrismaClient(database.url, 2), fn);
      await server.stop();
      try {
        const embedded = await openEmbeddedPostgres(dataDir!);
        try {
          return await withClient(createPrismaClient(embedded.pool), fn);
        } finally {
          await embedded.close();
        }
      } finally {
        server = await start();
      }
    },
    restart: async () => {
      await server.stop();
      server = await start();
    },
    crashAndRestart: async () => {
      await server.kill();
      server = await start();
    },
    stop: async () => {
      await server.stop();
      await cleanUp();
    },
  };
  return waymark;
}

async function withClient<T>(client: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await fn(client);
  } finally {
    await client.$disconnect();
  }
}
