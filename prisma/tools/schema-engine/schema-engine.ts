import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as EngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PgMigrationAdapterFactory } from "./schema-engine-adapter";
import { engineState, loadEngineBindings } from "./schema-engine-wasm";

/*
 * Prisma's migration engine, run in-process as WebAssembly.
 *
 * The Prisma CLI's `migrate` commands need a native schema-engine binary that it
 * downloads from Prisma's servers; machines without that access (CI sandboxes,
 * air-gapped hosts) cannot get it. The npm package @prisma/schema-engine-wasm holds
 * the same engine compiled to WebAssembly. It talks to PostgreSQL through a driver
 * adapter (@prisma/adapter-pg), with the workarounds for adapter bugs found below.
 */

export type SchemaEngine = EngineBindings.SchemaEngine;
export type MigrationList = EngineBindings.MigrationList;
export type SchemaFilter = EngineBindings.SchemaFilter;

export interface SchemaEngineOptions {
  /** Prisma schema files as [path, content]; the engine reads datasource settings from them. */
  schemaFiles?: [string, string][];
  /** Receives the engine's own log lines (JSON strings); ignored by default. */
  onLog?: (line: string) => void;
}

/**
 * Starts an engine against `databaseUrl`, runs `fn` with it, and always frees the
 * engine and closes every connection it opened (including temporary shadow
 * databases), so a CLI can exit and a server does not leak pools. If the engine
 * crashes (a Rust panic) the returned promise rejects with the panic message.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  fn: (engine: SchemaEngine) => Promise<T>,
  options: SchemaEngineOptions = {},
): Promise<T> {
  const state = engineState();
  const bindings = await loadEngineBindings();
  const factory = new PgMigrationAdapterFactory(databaseUrl);
  let crash: Error | undefined;
  let onCrash: (error: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => {
    onCrash = (error) => reject((crash = error));
  });
  state.crashListeners.add(onCrash);
  let engine: SchemaEngine | undefined;
  try {
    const onLog = options.onLog ?? (() => {});
    // The engine wants either no datamodels or a non-empty list.
    const datamodels = options.schemaFiles?.length ? options.schemaFiles : undefined;
    const adapter = bindMigrationAwareSqlAdapterFactory(factory);
    engine = await Promise.race([
      bindings.SchemaEngine.new({ datamodels }, (line: string) => onLog(line), adapter),
      crashed,
    ]);
    return await Promise.race([fn(engine), crashed]);
  } finally {
    state.crashListeners.delete(onCrash);
    // A crashed instance must not be entered again, not even to free memory.
    if (!crash) engine?.free();
    await factory.disposeAll();
  }
}

/**
 * Turns what the engine throws (an Error, or a plain object carrying a Prisma error
 * code such as P3018) into one readable message.
 */
export function describeEngineError(error: unknown): string {
  if (typeof error !== "object" || error === null) return String(error);
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = (typeof message === "string" ? message : String(error))
    // Drop the Rust span trace ("   0: sql_schema_connector::…") the engine appends,
    .split(/\n\s*0: /)[0]!
    // and the generic heading it puts above the database's own message.
    .replace(/^external connector error\s*/i, "")
    .trim();
  return typeof code === "string" && code && !text.startsWith(code) ? `${code}: ${text}` : text;
}
