import "server-only";

import { logger } from "../platform/logger";
import { installRequestHooks, requestHookState } from "./request-hooks";

/*
 * SIGTERM (or SIGINT) drains the server for real. Next.js's own handler only
 * calls server.close(), which waits for every connection to end: a keep-alive
 * client that keeps sending keeps its connection, and is served, indefinitely.
 * Here, on the signal:
 * 1. the server stops accepting connections, and idle keep-alive ones are closed;
 * 2. every response from then on (in-flight ones included, if not yet started)
 *    says `Connection: close`, so no connection takes another request;
 * 3. in-flight requests get until the deadline to finish; whatever is left
 *    then is cut;
 * 4. the resources (database pool or embedded database, Redis) are closed, and
 *    the process exits, whatever clients still try.
 */

/** How long closing the pool, the embedded database and Redis may take, after the drain. */
const CLOSE_RESOURCES_MS = 3_000;

/**
 * Installs the drain on SIGTERM and SIGINT in place of Next.js's handlers.
 * `closeResources` runs once no request is in flight (or the deadline passed).
 */
export function installGracefulShutdown(options: { timeoutMs: number; closeResources: () => Promise<void> }): void {
  const state = requestHookState();
  installRequestHooks();
  let draining = false;
  const drain = async (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    state.closingConnections = true;
    const started = Date.now();
    logger.info({ signal, inFlight: state.inFlight.size }, "shutting down: draining requests");
    for (const response of state.inFlight) {
      if (!response.headersSent) response.setHeader("connection", "close");
    }
    for (const server of state.servers) {
      server.close();
      server.closeIdleConnections();
    }
    const deadline = started + options.timeoutMs;
    while (state.inFlight.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      // A connection that just finished its last response is idle now.
      for (const server of state.servers) server.closeIdleConnections();
    }
    const abandoned = state.inFlight.size;
    for (const server of state.servers) server.closeAllConnections();
    // Closing must not hang the exit either (a frozen database, say).
    const closing = options.closeResources().catch((error: unknown) => {
      logger.error({ err: error }, "shutting down: closing resources failed");
    });
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, CLOSE_RESOURCES_MS))]);
    logger.info({ ms: Date.now() - started, abandoned }, "shut down");
    process.exit(abandoned > 0 ? 1 : 0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    // Next.js's handlers would exit as soon as its server closes, under our drain.
    process.removeAllListeners(signal);
    process.once(signal, () => void drain(signal));
  }
}
