import "server-only";

import { logger } from "../platform/logger";
import { authSecret } from "./auth-secret";
import { githubEnterpriseOverride, githubSignInEnabled } from "./github-endpoints";

/** Run at start: a bad sign-in configuration stops the server with a clear message, not the first sign-in. */
export function checkAuthConfiguration(): void {
  authSecret();
  const standIn = githubEnterpriseOverride();
  if (standIn) logger.warn({ standIn: standIn.baseUrl }, "GitHub sign-in goes to a LOCAL STAND-IN (tests only)");
  if (githubSignInEnabled()) logger.info("GitHub sign-in enabled");
  else
    logger.info(
      "GitHub sign-in disabled: set AUTH_GITHUB_ID and AUTH_GITHUB_SECRET to enable it; visitors can still tick items as guests",
    );
}
