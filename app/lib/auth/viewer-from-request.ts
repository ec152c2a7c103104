import { cache } from "react";
import { UnauthenticatedError } from "../services/errors";
import { authenticateToken } from "../services/tokens/authenticate-token";
import type { MaybeViewer, Viewer } from "../services/viewer";
import { auth } from "./auth";

const ALL_SCOPES = ["READ_PROGRESS", "WRITE_PROGRESS"] as const;

/** The Auth.js session of this request (one database read, memoised per request). */
export const currentSession = cache(() => auth());

/**
 * The signed-in learner of this request from the Auth.js session cookie, or
 * null. Authorization itself is decided in the services, never by middleware
 * (CVE-2025-29927), so this only establishes who is asking.
 */
export async function sessionViewer(): Promise<MaybeViewer> {
  const session = await currentSession();
  if (!session?.user?.id) return null;
  return {
    userId: session.user.id,
    role: session.user.role,
    login: session.user.login,
    via: "session",
    scopes: ALL_SCOPES,
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
  return sessionViewer();
}
