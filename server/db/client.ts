import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/client";
import { reportAvailability } from "./database-health";
import { createPostgresPool, databasePool, databaseTimeouts } from "./database-pool";
import { guardAdapterFactory, inTransactionScope } from "./transaction-guard";

export type Db = PrismaClient;

/** A statement as sent: its SQL, its parameters (a JSON array, as Prisma reports them), its duration. */
type QueryListener = (event: { query: string; params: string; durationMs: number }) => void;

// On globalThis: Next.js loads this module once per bundle, and whichever copy
// made the shared client must tell the listeners every other copy registered.
const LISTENERS_KEY = Symbol.for("waymark.queryListeners");
type GlobalWithListeners = typeof globalThis & { [LISTENERS_KEY]?: Set<QueryListener> };
const queryListeners = ((globalThis as GlobalWithListeners)[LISTENERS_KEY] ??= new Set<QueryListener>());

/**
 * Subscribes to every SQL statement the shared client sends (metrics, and tests
 * that count statements to prove there is no N+1). Returns the unsubscribe.
 */
export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

/** Tells every listener of a statement sent, by Prisma or by direct-read.ts. */
export function tellQueryListeners(query: string, params: string, durationMs: number): void {
  for (const listener of queryListeners) listener({ query, params, durationMs });
}

/** A Prisma client over a pool, or over a new pool of `poolSize` connections to `url`. */
export function createPrismaClient(target: string | pg.Pool, poolSize = 10): PrismaClient {
  const pool = typeof target === "string" ? createPostgresPool(target, poolSize) : target;
  const timeouts = databaseTimeouts();
  const client = new PrismaClient({
    adapter: guardAdapterFactory(
      reportAvailability(new PrismaPg(pool, { disposeExternalPool: typeof target === "string" })),
    ),
    log: [{ emit: "event", level: "query" }],
    // Bounded like every statement: the whole transaction, and the wait to start one
    // (which the pool's own acquisition timeout usually ends first).
    transactionOptions: { maxWait: timeouts.transactionMs, timeout: timeouts.transactionMs },
  });
  client.$on("query", (event) => tellQueryListeners(event.query, event.params, event.duration));
  return withTransactionScope(client);
}

/**
 * The client, with interactive transactions whose callbacks run in a scope where
 * the shared client refuses queries (see transaction-guard.ts).
 */
function withTransactionScope(client: PrismaClient): PrismaClient {
  const transaction = client.$transaction.bind(client) as (arg: unknown, options?: unknown) => Promise<unknown>;
  const scoped = (arg: unknown, options?: unknown) =>
    typeof arg === "function"
      ? transaction((tx: unknown) => inTransactionScope(() => (arg as (tx: unknown) => Promise<unknown>)(tx)), options)
      : transaction(arg, options);
  return new Proxy(client, {
    get: (target, property, receiver) =>
      property === "$transaction" ? scoped : (Reflect.get(target, property, receiver) as unknown),
  });
}

// One client per process, shared by every copy of this module Next.js may load.
const GLOBAL_KEY = Symbol.for("waymark.prisma");
type GlobalWithClient = typeof globalThis & { [GLOBAL_KEY]?: PrismaClient };

/** The shared Prisma client; only the service layer, seed and fixtures call this. */
export function db(): PrismaClient {
  const holder = globalThis as GlobalWithClient;
  holder[GLOBAL_KEY] ??= createPrismaClient(databasePool());
  return holder[GLOBAL_KEY];
}
