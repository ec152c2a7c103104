import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./database-url";

export type Db = PrismaClient;

type QueryListener = (event: { query: string; durationMs: number }) => void;

const queryListeners = new Set<QueryListener>();

/**
 * Subscribes to every SQL statement the shared client sends (metrics, and tests
 * that count statements to prove there is no N+1). Returns the unsubscribe.
 */
export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolSize }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => {
    for (const listener of queryListeners) listener({ query: event.query, durationMs: event.duration });
  });
  return client;
}

// One client per process, shared by every copy of this module Next.js may load.
const GLOBAL_KEY = Symbol.for("waymark.prisma");
type GlobalWithClient = typeof globalThis & { [GLOBAL_KEY]?: PrismaClient };

/** The shared Prisma client; only the service layer, seed and fixtures call this. */
export function db(): PrismaClient {
  const holder = globalThis as GlobalWithClient;
  holder[GLOBAL_KEY] ??= createPrismaClient(databaseUrl());
  return holder[GLOBAL_KEY];
}
