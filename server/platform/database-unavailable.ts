import "server-only";

/*
 * Telling "the database is down, frozen or overloaded" apart from every other
 * failure, whatever layer reports it: node-postgres (timeouts, dropped sockets),
 * Prisma's driver adapter (error kinds), PostgreSQL itself (SQLSTATE codes) and
 * Prisma's own transaction manager (P-codes). Such failures are the server's
 * trouble, temporary, and answered 503 with Retry-After; never "signed out",
 * never an anonymous 500.
 *
 * Two kinds: the connection failed (the server is down, unreachable or silent:
 * every request will fail, so the health check takes over), or the server
 * answered but could not serve this request in time (a statement timeout, no
 * free connection): only this request fails.
 */

export type Unavailability = "connection" | "overload";

/** What a 503 tells clients: the probe runs every second, so a few seconds is plenty. */
export const RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unavailable; try again in a few seconds.";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  constructor(
    cause?: unknown,
    readonly kind: Unavailability = "connection",
  ) {
    super(DATABASE_UNAVAILABLE_MESSAGE, { cause });
  }
}

const DRIVER_KINDS: Record<string, Unavailability> = {
  DatabaseNotReachable: "connection",
  ConnectionClosed: "connection",
  SocketTimeout: "connection",
  TooManyConnections: "overload",
  TransactionAlreadyClosed: "overload",
};

// 08xxx connection exceptions and 57P01-57P05 shutdown/crash: the connection is
// gone. 57014 statement timeout, 53xxx out of resources, 40P01 deadlock: retry.
function sqlStateKind(code: string): Unavailability | null {
  if (/^(08\d{3}|57P0[1-5])$/.test(code)) return "connection";
  if (/^(57014|53\d{3}|40P01)$/.test(code)) return "overload";
  return null;
}

// P1001 unreachable, P1002 timed out, P1008 operation timed out, P1017 closed;
// P2024 no pooled connection in time, P2028 transaction could not start or expired.
const PRISMA_CODES: Record<string, Unavailability> = {
  P1001: "connection",
  P1002: "connection",
  P1008: "connection",
  P1017: "connection",
  P2024: "overload",
  P2028: "overload",
};

const NODE_POSTGRES_MESSAGES: [string, Unavailability][] = [
  ["Query read timeout", "connection"],
  ["Connection terminated", "connection"],
  ["Connection ended unexpectedly", "connection"],
  ["Client has encountered a connection error and is not queryable", "connection"],
  ["timeout exceeded when trying to connect", "overload"],
];

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
  cause?: unknown;
}

/** `error` and each error in its cause chain, once each (a cycle ends the walk). */
function* causeChain(error: unknown): Generator<object> {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current);) {
    seen.add(current);
    yield current;
    current = (current as ErrorLike).cause;
  }
}

/** How `error`, or anything in its cause chain, says the database cannot serve us right now; null when it does not. */
export function databaseUnavailability(error: unknown): Unavailability | null {
  for (const current of causeChain(error)) {
    if (current instanceof DatabaseUnavailableError) return current.kind;
    const candidate = current as ErrorLike;
    const driver = candidate.meta?.driverAdapterError?.cause;
    if (typeof driver?.kind === "string" && DRIVER_KINDS[driver.kind]) return DRIVER_KINDS[driver.kind]!;
    const sqlState = driver?.originalCode ?? driver?.code;
    if (typeof sqlState === "string" && sqlStateKind(sqlState)) return sqlStateKind(sqlState);
    if (typeof candidate.code === "string") {
      if (PRISMA_CODES[candidate.code]) return PRISMA_CODES[candidate.code]!;
      if (SOCKET_CODES.has(candidate.code)) return "connection";
      if (sqlStateKind(candidate.code)) return sqlStateKind(candidate.code);
    }
    const message = typeof candidate.message === "string" ? candidate.message : "";
    const known = NODE_POSTGRES_MESSAGES.find(([prefix]) => message.startsWith(prefix));
    if (known) return known[1];
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailability(error) !== null;
}

/**
 * Whether `error`, or anything in its cause chain, is PostgreSQL's deadlock
 * (40P01): it aborted this transaction so that the other one could go on, and
 * running this one again is the documented remedy.
 */
export function isDeadlock(error: unknown): boolean {
  for (const current of causeChain(error)) {
    const candidate = current as ErrorLike & { meta?: { code?: unknown } };
    const driver = candidate.meta?.driverAdapterError?.cause;
    const codes = [candidate.code, candidate.meta?.code, driver?.originalCode, driver?.code];
    if (codes.includes("40P01")) return true;
    if (typeof candidate.message === "string" && /\bdeadlock detected\b/.test(candidate.message)) return true;
  }
  return false;
}
