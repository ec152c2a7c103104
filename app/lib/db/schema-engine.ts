import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import nodeModule from "node:module";
import path from "node:path";
import { setTimeout } from "node:timers";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import type * as EngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

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
type Bindings = typeof EngineBindings;

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

// ---------------------------------------------------------------- loading the WebAssembly

// One instance per process, kept on globalThis: Next.js can evaluate this module
// several times (instrumentation and route bundles), but the package's glue module
// holds a single `wasm` slot, so a second instantiation would swap the memory under
// engines created from the first.
interface EngineState {
  bindings?: Promise<Bindings>;
  /** How many instances were created; each gets its own copy of the glue module. */
  instances: number;
  /** withSchemaEngine calls in flight, told when the shared instance crashes. */
  crashListeners: Set<(error: Error) => void>;
}
const STATE_KEY = Symbol.for("waymark.schemaEngineWasm");
type GlobalWithEngineState = typeof globalThis & { [STATE_KEY]?: EngineState };

function engineState(): EngineState {
  const holder = globalThis as GlobalWithEngineState;
  return (holder[STATE_KEY] ??= { instances: 0, crashListeners: new Set() });
}

function loadEngineBindings(): Promise<Bindings> {
  const state = engineState();
  const loading = (state.bindings ??= instantiateEngine());
  loading.catch(() => {
    if (state.bindings === loading) delete state.bindings;
  });
  return loading;
}

async function instantiateEngine(): Promise<Bindings> {
  installPanicRegistry();
  // The package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`,
  // which Node 20 cannot load. Its glue module (`schema_engine_bg.js`) is plain JS,
  // so load that and wire the wasm ourselves, exactly as the entry point would.
  const gluePath = resolvePackageFile("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  // The glue keeps per-instance state (memory views, object tables) at module level,
  // so an instance created after a crash needs a fresh copy: a distinct URL is a
  // distinct module to Node. The ignore comments keep bundlers from rewriting this
  // import; Node loads the file from node_modules at run time (the package is in
  // serverExternalPackages).
  const instance = ++engineState().instances;
  const glueUrl = `${pathToFileURL(gluePath).href}${instance > 1 ? `?instance=${instance}` : ""}`;
  const glue = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ glueUrl)) as Bindings;
  const { instance: wasm } = await WebAssembly.instantiate(await readFile(wasmPath), {
    // The wasm imports its JS helpers under the glue module's relative name.
    "./schema_engine_bg.js": hostImports(glue, instance),
  });
  glue.__wbg_set_wasm(wasm.exports);
  (wasm.exports.__wbindgen_start as () => void)();
  return glue;
}

/** The glue module's exports, with two host functions replaced (see below). */
function hostImports(glue: Bindings, instance: number): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
  for (const name of Object.keys(imports)) {
    // The engine arms a timer for every advisory-lock wait (10 s) and never clears
    // it, so a CLI would sit idle for 10 s after its work is done. These timers do
    // not keep Node's event loop alive; pending queries still do.
    if (name.startsWith("__wbg_setTimeout_")) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    // The engine's async work runs in microtasks. A Rust panic there traps out of
    // the microtask as an uncaught exception, which would bring down the whole
    // process (the Next.js server, a test runner). Catch it and fail the engine
    // calls in flight instead.
    // (Of the two queueMicrotask imports, one schedules a task and the other reads
    // `queueMicrotask` off the global object; only the first gets a function.)
    if (name.startsWith("__wbg_queueMicrotask_")) {
      const original = imports[name] as (arg: unknown) => unknown;
      imports[name] = (task: unknown) => {
        if (typeof task !== "function") return original(task);
        queueMicrotask(() => {
          try {
            (task as () => void)();
          } catch (error) {
            reportCrash(instance, error);
          }
        });
      };
    }
  }
  return imports;
}

/** Fails every engine call in flight and drops the instance, whose state is now undefined. */
function reportCrash(instance: number, error: unknown): void {
  const state = engineState();
  // A late task of an instance already dropped after an earlier crash.
  if (instance !== state.instances) return;
  const registry = installPanicRegistry();
  const reason = registry.message || (error instanceof Error ? error.message : String(error));
  registry.message = "";
  delete state.bindings;
  const crash = new Error(`The schema engine crashed: ${reason}`, { cause: error });
  // Nothing in flight (a stray task after the last call): report, but keep running.
  if (state.crashListeners.size === 0) console.error(crash);
  for (const listener of state.crashListeners) listener(crash);
}

/**
 * When the engine panics, its Rust panic hook writes the message to this global
 * (the Prisma CLI installs the same object); without it the hook itself throws a
 * TypeError and the message is lost. An existing registry (e.g. Prisma's) is kept.
 */
interface PanicRegistry {
  message: string;
  get(): string;
  set_message(message: string): void;
}
type GlobalWithPanicRegistry = typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

function installPanicRegistry(): PanicRegistry {
  const holder = globalThis as GlobalWithPanicRegistry;
  holder.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    get() {
      return this.message;
    },
    set_message(message: string) {
      this.message = message;
    },
  };
  return holder.PRISMA_WASM_PANIC_REGISTRY;
}

/**
 * Finds a file of an installed package. Resolves from this module first, then from
 * the working directory: inside a Next.js server bundle `import.meta.url` may point
 * at the bundle rather than at this source file. `createRequire` is reached through
 * the module object on purpose: webpack rewrites a named `createRequire` import
 * into its own bundle-time require, whose resolve() cannot find files on disk.
 */
function resolvePackageFile(specifier: string): string {
  const bases = [import.meta.url, pathToFileURL(path.join(process.cwd(), "package.json")).href];
  for (const base of bases) {
    try {
      return nodeModule.createRequire(base).resolve(specifier);
    } catch {
      // try the next base
    }
  }
  throw new Error(`Cannot find ${specifier}; is @prisma/schema-engine-wasm installed?`);
}

// ---------------------------------------------------------------- "char" columns

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
class CharAsTextClient extends pg.Client {}

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
function reportCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
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

// ---------------------------------------------------------------- the driver adapter

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
class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
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
