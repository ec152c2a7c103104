/*
 * Server modules start with `import "server-only"`, a marker that Next.js turns
 * into nothing on the server and into a build error in browser code. Outside
 * Next.js (test workers, scripts) it resolves to a module that throws, unless
 * Node resolves with the "react-server" condition, as Next's server does. Test
 * processes that import server modules get that condition; Next's own processes
 * must not inherit it (Next chooses its conditions itself).
 */

const FLAG = "--conditions=react-server";

/** For the test runner: its workers (and the scripts it starts) may import server modules. */
export function resolveAsServer(): void {
  const options = process.env.NODE_OPTIONS ?? "";
  if (!options.includes(FLAG)) process.env.NODE_OPTIONS = `${options} ${FLAG}`.trim();
}

/** The environment for a Next.js process (build or server): without the test processes' condition. */
export function forNextProcess(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = (env.NODE_OPTIONS ?? "").replace(FLAG, "").trim();
  return { ...env, NODE_OPTIONS: options || undefined };
}
