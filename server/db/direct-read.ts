import "server-only";

import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "./generated/client";
import { tellQueryListeners } from "./client";
import { watched } from "./database-health";
import { databasePool, keepsNamedStatements } from "./database-pool";
import { refuseInsideTransaction } from "./transaction-guard";

/*
 * A read sent over the shared pool without Prisma's runtime, for the few
 * statements every signed-in request makes before a cached answer is served
 * (the session, the cached roadmaps' check, the viewer's states). Prisma's
 * $queryRaw costs as much CPU again as node-postgres itself (its request
 * pipeline, tracing spans, parameter and result conversion): 14% of the
 * server's time on a signed-in read by `npm run bench:profile`. Everything else
 * a statement gets through Prisma holds here too: the transaction guard, the
 * database health reports (an outage is a 503), the statement listeners
 * (metrics, the statement-count tests) and the pool's timeouts.
 *
 * Results are node-postgres rows, with Prisma's timestamp columns (without a
 * time zone, holding UTC) read as UTC instants, whatever the process's zone.
 */

const TIMESTAMP_WITHOUT_ZONE = 1114;

const utcInstant = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_WITHOUT_ZONE
      ? utcInstant
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** Parameters as PostgreSQL reads them: an instant as its UTC text (node-postgres would send local time). */
function parameter(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Each named statement's name on the server: the caller's name and a digest of its text. */
const serverNames = new Map<string, { text: string; name: string }>();

function serverName(name: string, text: string): string {
  const known = serverNames.get(name);
  if (known?.text === text) return known.name;
  const named = { text, name: `${name}_${createHash("sha256").update(text).digest("hex").slice(0, 16)}` };
  serverNames.set(name, named);
  return named.name;
}

/**
 * The rows of one read-only statement (Prisma.sql, with its parameters). With `name`, for a
 * statement whose text never varies (its values are all parameters), each connection prepares
 * it once and PostgreSQL may keep one plan for it: planning the viewer's states on every
 * signed-in read cost 3.8 ms of the database's CPU against 0.1 ms to run them (a 2,000-item
 * roadmap, `npm run bench`'s signed-in read). Not on the embedded database (see
 * keepsNamedStatements), where it plans each time as before.
 */
export async function directRead<Row>(statement: Prisma.Sql, { name }: { name?: string } = {}): Promise<Row[]> {
  refuseInsideTransaction();
  const pool = databasePool();
  const values = statement.values.map(parameter);
  const prepared = name && keepsNamedStatements(pool) ? { name: serverName(name, statement.text) } : {};
  const started = performance.now();
  const result = await watched(
    pool.query<Row & pg.QueryResultRow>({ text: statement.text, values, types, ...prepared }),
  );
  tellQueryListeners(statement.text, JSON.stringify(statement.values), performance.now() - started);
  return result.rows;
}
