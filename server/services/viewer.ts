import "server-only";

import type { Role, TokenScope } from "../db/generated/enums";
import { ForbiddenError, UnauthenticatedError } from "../../shared/errors";

/** Who is asking: a signed-in learner (browser session) or a personal access token. */
export interface Viewer {
  userId: string;
  role: Role;
  login: string | null;
  via: "session" | "token";
  /** Sessions may do everything; tokens only what their scopes say. */
  scopes: readonly TokenScope[];
  /** Their saved interface language (User.locale), read with the session or token; null: the browser's. */
  locale?: string | null;
}

export type MaybeViewer = Viewer | null;

export function requireViewer(viewer: MaybeViewer): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

declare const granted: unique symbol;

/**
 * A viewer checked for the scopes `S`. Only requireScope and requireScopes make
 * one, so a function that takes it (the writers of progress take
 * `ViewerWith<"WRITE_PROGRESS">`) cannot be reached by a path that skipped the
 * check, whatever the mutation it hides behind.
 */
export type ViewerWith<S extends TokenScope> = Viewer & { readonly [granted]: { readonly [K in S]: true } };

export function requireScope<S extends TokenScope>(viewer: MaybeViewer, scope: S): ViewerWith<S> {
  return requireScopes(viewer, [scope]);
}

/**
 * Every scope of `scopes`, or FORBIDDEN naming each one missing and, when given,
 * `why` the request needs it (a part of a request that needs more than the rest,
 * as saveRoadmap's restoreStatuses needs WRITE_PROGRESS besides WRITE_ROADMAPS).
 */
export function requireScopes<S extends TokenScope>(
  viewer: MaybeViewer,
  scopes: readonly S[],
  why?: string,
): ViewerWith<S> {
  const known = requireViewer(viewer);
  const missing = scopes.filter((scope) => !known.scopes.includes(scope));
  if (missing.length > 0) {
    const named = missing.length === 1 ? `the ${missing[0]} scope` : `the ${missing.join(" and ")} scopes`;
    throw new ForbiddenError(`This token lacks ${named}${why ? `: ${why}` : ""}.`);
  }
  return known as ViewerWith<S>;
}

/** Whether the viewer holds `scope`, for answers that leave out what it may not read (never for a refusal). */
export function hasScope(viewer: Viewer, scope: TokenScope): boolean {
  return viewer.scopes.includes(scope);
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
