// A module resolution hook (registered by server-conditions.ts): `server-only`
// resolves to its empty variant, as it does on Next's server.
const EMPTY = new URL("../../node_modules/server-only/empty.js", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, format: "commonjs", shortCircuit: true };
  return nextResolve(specifier, context);
}
