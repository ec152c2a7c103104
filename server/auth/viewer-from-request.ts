import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";
import { UnauthenticatedError } from "../../shared/errors";
import { readSession } from "../services/sessions/read-session";
import { authenticateToken } from "../services/tokens/authenticate-token";
import type { MaybeViewer, Viewer } from "../services/viewer";

const ALL_SCOPES = ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS", "COHORTS"] as const;

// Auth.js names the cookie with the __Secure- prefix when the site is served over https.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** The session of this page's request from its cookie (one database read, memoised per request). */
export const currentSession = cache(async () => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  return readSession(token);
});

/**
 * The signed-in learner of this page's request from the Auth.js session cookie,
 * or null. Authorization itself is decided in the services, never by middleware
 * (CVE-2025-29927), so this only establishes who is asking.
 */
export async function sessionViewer(): Promise<MaybeViewer> {
  return viewerOfSession(await currentSession());
}

function viewerOfSession(session: Awaited<ReturnType<typeof readSession>>): MaybeViewer {
  if (!session) return null;
  return {
    userId: session.user.id,
    role: session.user.role,
    login: session.user.login,
    via: "session",
    scopes: ALL_SCOPES,
    locale: session.user.locale ?? null,
  };
}

/**
 * For API requests: a bearer token when an Authorization header is present (a bad
 * one is UNAUTHENTICATED, never anonymous), otherwise the session cookie.
 */
export async function viewerFromRequest(request: Request): Promise<Viewer | null> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new UnauthenticatedError("The Authorization header must be `Bearer <token>`.");
    return authenticateToken(match[1]!);
  }
  // From the request itself: route handlers need no request scope of Next's for it.
  const cookies = new Map(
    (request.headers.get("cookie") ?? "").split(/;\s*/).map((pair) => {
      const separator = pair.indexOf("=");
      return [pair.slice(0, separator), pair.slice(separator + 1)] as const;
    }),
  );
  const token = SESSION_COOKIES.map((name) => cookies.get(name)).find(Boolean);
  return viewerOfSession(await readSession(token));
}
