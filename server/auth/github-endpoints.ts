import "server-only";

import { env, EnvError } from "../platform/env";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

function isLoopback(url: string | undefined): boolean {
  return url !== undefined && LOOPBACK_HOSTS.has(new URL(url).hostname);
}

/**
 * Where Waymark talks to GitHub. Tests point it at a local stand-in that speaks
 * GitHub's OAuth endpoints (WAYMARK_GITHUB_STAND_IN_URL). That override cannot
 * reach production by accident: it is refused unless both the stand-in and
 * AUTH_URL are loopback addresses, which no deployed site is.
 */
export function githubEnterpriseOverride(): { baseUrl: string } | undefined {
  const standIn = env().WAYMARK_GITHUB_STAND_IN_URL;
  if (!standIn) return undefined;
  if (!isLoopback(standIn) || !isLoopback(env().AUTH_URL)) {
    throw new EnvError(
      "Invalid environment configuration:\n  WAYMARK_GITHUB_STAND_IN_URL is for tests only: it needs a loopback " +
        "stand-in URL and a loopback AUTH_URL (http://127.0.0.1:<port>). Remove it in any real deployment.",
    );
  }
  return { baseUrl: standIn.replace(/\/$/, "") };
}

/** True when GitHub sign-in is configured; without it Waymark runs in guest mode. */
export function githubSignInEnabled(): boolean {
  return Boolean(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET);
}
