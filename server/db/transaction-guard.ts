import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/*
 * Inside `db().$transaction(async (tx) => ...)` every query must go through `tx`.
 * A query on the shared client there needs a second connection while the
 * transaction holds one; with the embedded database's single connection that
 * waits for the transaction, which waits for the query: a deadlock until the
 * transaction times out. On PostgreSQL it silently runs outside the transaction.
 * Both are bugs, so such a query fails at once, naming the mistake.
 */

const transactionScope = new AsyncLocalStorage<true>();

export class QueryOutsideTransactionError extends Error {
  override name = "QueryOutsideTransactionError";
  constructor() {
    super(
      "A query used the shared database client inside a transaction; use the transaction's client (tx) instead " +
        "(the shared client would need a second connection while the transaction holds one).",
    );
  }
}

/** Runs a transaction's callback in a scope where the shared client refuses queries. */
export function inTransactionScope<T>(fn: () => Promise<T>): Promise<T> {
  return transactionScope.run(true, fn);
}

/** Throws QueryOutsideTransactionError inside a transaction's callback (for statements sent without Prisma). */
export function refuseInsideTransaction(): void {
  if (transactionScope.getStore()) throw new QueryOutsideTransactionError();
}

/** Wraps a driver adapter factory so its connection (not its transactions) refuses queries inside a transaction scope. */
export function guardAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as F, {
    connect: async (): Promise<SqlDriverAdapter> => {
      const adapter = await connect();
      const queryRaw = adapter.queryRaw.bind(adapter);
      const executeRaw = adapter.executeRaw.bind(adapter);
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.queryRaw = async (query) => {
        refuseInsideTransaction();
        return queryRaw(query);
      };
      adapter.executeRaw = async (query) => {
        refuseInsideTransaction();
        return executeRaw(query);
      };
      adapter.startTransaction = async (isolationLevel) => {
        refuseInsideTransaction();
        return startTransaction(isolationLevel);
      };
      return adapter;
    },
  });
}
