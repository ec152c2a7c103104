import "server-only";

import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { env, usesEmbeddedDatabase } from "../platform/env";
import { logger } from "../platform/logger";
import { healthState as state } from "../platform/database-health-state";
import { databaseUnavailability, DatabaseUnavailableError } from "../platform/database-unavailable";

/*
 * What this process last learned about its database. Every query reports in.
 * While the database is known to be unreachable, requests are answered 503 at
 * once instead of each waiting out its own timeout, and a probe checks every
 * second: the first that succeeds lets them through again, with no restart.
 * A request that arrives after a quiet spell first has a probe confirm the
 * database answers (at most PROBE_TIMEOUT_MS), so even the first request of an
 * outage gets its 503 within a second.
 *
 * The probe has a connection of its own, outside the pool: a pool busy with
 * slow work must not make a healthy database look down. The embedded database
 * lives in this process and cannot be unreachable, so it is never probed.
 */

const PROBE_INTERVAL_MS = 1_000;
/**
 * A probe that takes longer than this counts as a failure. /api/health answers within a second:
 * this leaves the rest for the request around the probe, which in a frozen database's first
 * seconds (the pool's statements timing out together) took up to 250 ms on top of an 800 ms bound.
 */
export const PROBE_TIMEOUT_MS = 600;
/** A database that answered this recently needs no probe before the next request. */
const FRESH_MS = 2_000;

interface ProbeState {
  lastSuccessAt: number;
  client: pg.Client | null;
  running: Promise<boolean> | null;
}

const PROBE_KEY = Symbol.for("waymark.databaseProbe");
type GlobalWithProbe = typeof globalThis & { [PROBE_KEY]?: ProbeState };

function probeState(): ProbeState {
  const holder = globalThis as GlobalWithProbe;
  return (holder[PROBE_KEY] ??= { lastSuccessAt: 0, client: null, running: null });
}

export function reportDatabaseFailure(error: unknown): void {
  const current = state();
  current.lastError = error instanceof Error ? error.message : String(error);
  if (current.downSince !== null) return;
  current.downSince = Date.now();
  logger.warn({ reason: current.lastError }, "database unreachable: answering 503 until a probe succeeds");
  current.probe = setInterval(() => void probeDatabase(), PROBE_INTERVAL_MS);
  current.probe.unref();
}

export function reportDatabaseSuccess(): void {
  probeState().lastSuccessAt = Date.now();
  const current = state();
  if (current.downSince === null) return;
  logger.info({ downForMs: Date.now() - current.downSince }, "database reachable again");
  current.downSince = null;
  current.lastError = null;
  if (current.probe) clearInterval(current.probe);
  current.probe = null;
}

/** One `SELECT 1` within PROBE_TIMEOUT_MS on the probe's own connection; reports the outcome and returns it. */
export function probeDatabase(): Promise<boolean> {
  const probe = probeState();
  probe.running ??= runProbe().finally(() => {
    probe.running = null;
  });
  return probe.running;
}

/**
 * For the start of a request: false when the database is known to be down, or
 * has been quiet for a while and does not answer a probe now.
 */
export async function databaseLooksReachable(): Promise<boolean> {
  if (state().downSince !== null) return false;
  if (usesEmbeddedDatabase() || Date.now() - probeState().lastSuccessAt < FRESH_MS) return true;
  return probeDatabase();
}

async function runProbe(): Promise<boolean> {
  if (usesEmbeddedDatabase()) {
    reportDatabaseSuccess();
    return true;
  }
  const probe = probeState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError("probe timed out")), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([probeClient().then((client) => client.query("SELECT 1")), timeout]);
    reportDatabaseSuccess();
    return true;
  } catch (error) {
    // Whatever state that connection is in, the next probe starts afresh.
    probe.client?.connection.stream.destroy();
    probe.client = null;
    reportDatabaseFailure(error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

async function probeClient(): Promise<pg.Client> {
  const probe = probeState();
  if (probe.client) return probe.client;
  const client = new pg.Client({ connectionString: env().DATABASE_URL, keepAlive: true });
  client.on("error", () => {
    if (probe.client === client) probe.client = null;
  });
  probe.client = client;
  await client.connect();
  return client;
}

/** At shutdown: ends the probe's own connection. */
export async function closeDatabaseProbe(): Promise<void> {
  const probe = probeState();
  const client = probe.client;
  probe.client = null;
  await client?.end().catch(() => {});
}

/**
 * Wraps a driver adapter factory so that every query reports whether the database
 * answered, and a failure that means "unavailable" surfaces as
 * DatabaseUnavailableError (with the driver's error as its cause).
 */
export function reportAvailability<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as F, {
    connect: async (): Promise<SqlDriverAdapter> => {
      const adapter = watchQueries(await connect());
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) =>
        watchQueries(await watched(startTransaction(isolationLevel)));
      return adapter;
    },
  });
}

function watchQueries<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => watched(queryRaw(query));
  queryable.executeRaw = (query) => watched(executeRaw(query));
  return queryable;
}

/** Reports whether the database answered `operation`; an "unavailable" failure becomes DatabaseUnavailableError. */
export async function watched<T>(operation: Promise<T>): Promise<T> {
  try {
    const result = await operation;
    reportDatabaseSuccess();
    return result;
  } catch (error) {
    const kind = databaseUnavailability(error);
    if (kind === null) throw error;
    // Only a failed connection says the database is down; one slow statement does not.
    if (kind === "connection") reportDatabaseFailure(error);
    throw new DatabaseUnavailableError(error, kind);
  }
}
