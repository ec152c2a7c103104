import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What every piece of code handling a request may know about it without being
 * handed it: its id (for logs and error reports). Entered for each incoming
 * request by server/start-up/request-hooks.ts; empty outside requests.
 */
/** The id of a request, from the caller (a proxy) when well formed, else made up; echoed in the response. */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * The address of the socket a request came on. Set by the server for every
 * request, over whatever the client sent, so route handlers (which cannot see
 * the socket) can trust it.
 */
export const PEER_HEADER = "x-waymark-peer";

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
