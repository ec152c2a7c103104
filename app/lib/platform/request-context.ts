import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What every piece of code handling a request may know about it without being
 * handed it: its id (for logs and error reports). Entered for each incoming
 * request by app/lib/server/request-hooks.ts; empty outside requests.
 */
export interface RequestContext {
  requestId: string;
}

const GLOBAL_KEY = Symbol.for("waymark.requestContext");
type GlobalWithContext = typeof globalThis & { [GLOBAL_KEY]?: AsyncLocalStorage<RequestContext> };

// One store for the process: Next.js loads this module once per bundle.
export function requestContextStore(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as GlobalWithContext;
  return (holder[GLOBAL_KEY] ??= new AsyncLocalStorage<RequestContext>());
}

export function currentRequestId(): string | undefined {
  return requestContextStore().getStore()?.requestId;
}
