import "server-only";

import { randomUUID } from "node:crypto";
import http from "node:http";
import { httpDuration, httpRequests, routeLabel } from "../platform/metrics";
import { PEER_HEADER, REQUEST_ID_HEADER, requestContextStore } from "../platform/request-context";

/*
 * Every request of this process passes through here before Next.js sees it (the
 * HTTP server is Next's own, so its `request` event is intercepted):
 * - it gets an id: the caller's X-Request-Id when well formed (a proxy's), else
 *   a new one, sent back in the response and present in every log line written
 *   while handling it (the logger reads the request context);
 * - the socket's address goes in X-Waymark-Peer, overwriting whatever the
 *   client sent there, since route handlers cannot see the socket;
 * - it is counted in flight until its response closes (for the shutdown's
 *   drain), and timed for the metrics.
 */

const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

interface HookState {
  installed: boolean;
  servers: Set<http.Server>;
  inFlight: Set<http.ServerResponse>;
  /** Set when the server drains: every response from then on closes its connection. */
  closingConnections: boolean;
}

const GLOBAL_KEY = Symbol.for("waymark.requestHooks");
type GlobalWithHooks = typeof globalThis & { [GLOBAL_KEY]?: HookState };

export function requestHookState(): HookState {
  const holder = globalThis as GlobalWithHooks;
  return (holder[GLOBAL_KEY] ??= {
    installed: false,
    servers: new Set(),
    inFlight: new Set(),
    closingConnections: false,
  });
}

type Emit = (this: http.Server, event: string, ...args: unknown[]) => boolean;

export function installRequestHooks(): void {
  const state = requestHookState();
  if (state.installed) return;
  state.installed = true;
  const emit = http.Server.prototype.emit as Emit;
  http.Server.prototype.emit = function hookedEmit(this: http.Server, event: string, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const request = args[0] as http.IncomingMessage;
    const response = args[1] as http.ServerResponse;
    const incoming = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === "string" && WELL_FORMED_ID.test(incoming) ? incoming : randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "unknown";
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (state.closingConnections) response.setHeader("connection", "close");

    state.servers.add(this);
    state.inFlight.add(response);
    const started = performance.now();
    response.once("close", () => {
      state.inFlight.delete(response);
      const route = routeLabel(new URL(request.url ?? "/", "http://local").pathname);
      const method = request.method ?? "GET";
      httpRequests().inc({ method, route, status: String(response.statusCode) });
      httpDuration().observe({ method, route }, (performance.now() - started) / 1000);
    });
    return requestContextStore().run({ requestId }, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
}
