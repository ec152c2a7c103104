import "server-only";

import type { Role, TokenScope } from "../db/generated/enums";
import { ForbiddenError, UnauthenticatedError } from "../shared/errors";

/** Who is asking: a signed-in learner (browser session) or a personal access token. */
export interface Viewer {
  userId: string;
  role: Role;
  login: string | null;
  via: "session" | "token";
  /** Sessions may do everything; tokens only what their scopes say. */
  scopes: readonly TokenScope[];
}

export type MaybeViewer = Viewer | null;

export function requireViewer(viewer: MaybeViewer): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function requireScope(viewer: MaybeViewer, scope: TokenScope): Viewer {
  const known = requireViewer(viewer);
  if (!known.scopes.includes(scope)) {
    throw new ForbiddenError(`This token lacks the ${scope} scope.`);
  }
  return known;
}

/** Token management and account actions need a real browser session, not a token. */
export function requireSession(viewer: MaybeViewer, action = "manage access tokens"): Viewer {
  const known = requireViewer(viewer);
  if (known.via !== "session") throw new ForbiddenError(`Sign in with GitHub to ${action}.`);
  return known;
}

/**
 * Administration needs an administrator in a browser session: a personal access
 * token never carries admin powers, whatever its scopes, so a leaked read-only
 * token of an admin cannot rewrite roadmaps.
 */
export function requireAdmin(viewer: MaybeViewer): Viewer {
  const known = requireViewer(viewer);
  if (known.role !== "ADMIN") throw new ForbiddenError("Only administrators can do this.");
  if (known.via !== "session") throw new ForbiddenError("Administration needs a browser session, not an access token.");
  return known;
}
