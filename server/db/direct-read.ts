import "server-only";

import pg from "pg";
import type { Prisma } from "./generated/client";
import { tellQueryListeners } from "./client";
import { watched } from "./database-health";
import { databasePool } from "./database-pool";
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

/** The rows of one read-only statement (Prisma.sql, with its parameters). */
export async function directRead<Row>(statement: Prisma.Sql): Promise<Row[]> {
  refuseInsideTransaction();
  const pool = databasePool();
  const values = statement.values.map(parameter);
  const started = performance.now();
  const result = await watched(pool.query<Row & pg.QueryResultRow>({ text: statement.text, values, types }));
  tellQueryListeners(statement.text, JSON.stringify(statement.values), performance.now() - started);
  return result.rows;
}
