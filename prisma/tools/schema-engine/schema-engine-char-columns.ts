import { ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

// adapter-pg maps every built-in PostgreSQL type it knows to a Prisma column type
// and rejects the rest. The engine's introspection reads catalog columns of type
// "char" (OID 18: pg_constraint.contype, pg_class.relkind, ...) that it does not
// know ("Column type 'char' could not be deserialized", prisma/prisma#27403). The
// engine wants them as Character values (reading them as Text makes it panic on
// the first CHECK constraint), but no PostgreSQL type maps to Character in
// adapter-pg. So: the pg client below reports those columns as text (OID 25) to get
// past adapter-pg, remembering their positions by result, and queryRaw then marks
// them Character. node-postgres already returns their values as 1-character strings.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsByRows = new WeakMap<object, number[]>();

function retypeCharColumns(result: unknown): unknown {
  for (const part of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (part ?? {}) as { fields?: { dataTypeID: number }[]; rows?: unknown[] };
    const positions: number[] = [];
    fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      positions.push(index);
    });
    // adapter-pg hands this same rows array back from queryRaw.
    if (positions.length > 0 && rows) charColumnsByRows.set(rows, positions);
  }
  return result;
}

/** A node-postgres client whose results describe "char" columns as text. */
export class CharAsTextClient extends pg.Client {}

const baseQuery = pg.Client.prototype.query as unknown as (this: pg.Client, ...args: unknown[]) => unknown;
// `query` is heavily overloaded (callback, promise, submittable), so it is patched
// on the prototype rather than re-declared: wrap the callback when there is one,
// otherwise the returned promise. Submittables (cursors) pass through untouched.
Object.defineProperty(CharAsTextClient.prototype, "query", {
  configurable: true,
  writable: true,
  value: function query(this: pg.Client, ...args: unknown[]): unknown {
    const config = args[0] as { submit?: unknown } | null | undefined;
    if (typeof config?.submit === "function") return baseQuery.apply(this, args);
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: unknown, result: unknown) => void;
      args[callbackAt] = (error: unknown, result: unknown) =>
        callback(error, error ? result : retypeCharColumns(result));
      return baseQuery.apply(this, args);
    }
    return (baseQuery.apply(this, args) as Promise<unknown>).then(retypeCharColumns);
  },
});

/** Marks the remembered "char" columns of each result as Character. */
export function reportCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return queryable;
}
