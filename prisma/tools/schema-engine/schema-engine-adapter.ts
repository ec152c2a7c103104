import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CharAsTextClient, reportCharColumns } from "./schema-engine-char-columns";

/**
 * The engine's view of the database: connections to the main database, and to
 * temporary shadow databases it replays migrations into.
 *
 * adapter-pg's own `connectToShadowDb` spreads `{ ...config, database }` over a
 * config that holds a `connectionString`, which wins, so it connects to the main
 * database and would replay migrations there. This factory creates the shadow
 * database itself (a random name, created through the main connection's server),
 * connects to it by rewriting the URL's path, and drops it when the engine
 * disposes of it (or when `disposeAll` runs, whichever comes first).
 */
export class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly databaseUrl: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.databaseUrl);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
    await runStatement(this.databaseUrl, `CREATE DATABASE "${name}"`);
    // FORCE (PostgreSQL 13+) ends any session still attached, so a slow pool
    // shutdown cannot leave the temporary database behind.
    const drop = () => runStatement(this.databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    try {
      return await this.connectTo(withDatabaseName(this.databaseUrl, name), drop);
    } catch (error) {
      await drop().catch(() => {});
      throw error;
    }
  }

  /** Closes whatever the engine left open. Safe to call more than once. */
  async disposeAll(): Promise<void> {
    const results = await Promise.allSettled([...this.open].map((adapter) => adapter.dispose()));
    const failure = results.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
  }

  private async connectTo(url: string, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const schema = new URL(url).searchParams.get("schema") ?? undefined;
    const factory = new PrismaPg({ connectionString: url, max: 4, Client: CharAsTextClient }, { schema });
    const adapter = reportCharColumns(await factory.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => reportCharColumns(await startTransaction(isolationLevel));
    // adapter-pg's executeScript splits the script on every ";" (breaking strings,
    // $$-quoted function bodies and DO blocks) and sends the pieces through the pool
    // one by one, so a failing migration leaves its first statements applied. Send the
    // script whole instead: a parameterless query uses PostgreSQL's simple protocol,
    // which runs all statements on one connection in one implicit transaction, as the
    // native engine does.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    const closePool = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    // Idempotent: the engine may dispose a shadow connection itself, and
    // disposeAll() later sweeps everything; ending a pg.Pool twice throws.
    adapter.dispose = () => {
      disposed ??= (async () => {
        this.open.delete(adapter);
        try {
          await closePool();
        } finally {
          await afterDispose?.();
        }
      })();
      return disposed;
    };
    this.open.add(adapter);
    return adapter;
  }
}

/** Runs one statement on its own short-lived connection (CREATE/DROP DATABASE cannot run in a transaction). */
async function runStatement(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
