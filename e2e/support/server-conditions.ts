import Module, { register } from "node:module";
import path from "node:path";

/*
 * Server modules start with `import "server-only"`, a marker that Next.js turns
 * into nothing on the server and into a build error in browser code. Outside
 * Next.js it resolves to a module that throws. The test runner loads server
 * modules (fixtures read the database through the app's own client), so in its
 * processes the marker resolves to its empty variant, as on Next's server.
 * Scripts get the same from `tsx --conditions=react-server`.
 */

const EMPTY = path.resolve(import.meta.dirname, "../../node_modules/server-only/empty.js");

type Resolve = (request: string, ...rest: unknown[]) => string;

/** For Playwright's configuration: its runner and workers load the config before any test file. */
export function resolveAsServer(): void {
  // ES module imports (the project's own TypeScript is ESM)...
  register("./server-only-hook.mjs", import.meta.url);
  // ...and CommonJS requires (Playwright compiles some modules to CJS).
  const loader = Module as unknown as { _resolveFilename: Resolve & { serverOnly?: true } };
  if (loader._resolveFilename.serverOnly) return;
  const resolve = loader._resolveFilename;
  const patched: Resolve & { serverOnly?: true } = function (this: unknown, request, ...rest) {
    return request === "server-only" ? EMPTY : resolve.call(this, request, ...rest);
  };
  patched.serverOnly = true;
  loader._resolveFilename = patched;
}
