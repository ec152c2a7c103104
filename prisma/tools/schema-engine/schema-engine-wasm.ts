import { readFile } from "node:fs/promises";
import nodeModule from "node:module";
import path from "node:path";
import { setTimeout } from "node:timers";
import { pathToFileURL } from "node:url";
import type * as EngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// Loading Prisma's schema engine WebAssembly (see schema-engine.ts).

type Bindings = typeof EngineBindings;

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

export function engineState(): EngineState {
  const holder = globalThis as GlobalWithEngineState;
  return (holder[STATE_KEY] ??= { instances: 0, crashListeners: new Set() });
}

export function loadEngineBindings(): Promise<Bindings> {
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
