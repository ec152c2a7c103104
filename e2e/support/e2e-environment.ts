import { throwawayDatabaseUrl } from "./throwaway-database";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The one GitHub login the e2e server treats as an administrator. */
export const E2E_ADMIN_LOGIN = "e2e-admin";
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/**
 * Where and in which language e2e browsers run: not the server's UTC (next-server.ts),
 * so that a page rendered differently on each side shows as a hydration error. French
 * is a language Waymark's interface does not offer: its Accept-Language leaves pages in
 * English (e2e/i18n.spec.ts asks for the others).
 */
export const BROWSER_TIME_ZONE = "Europe/Paris";
export const BROWSER_LOCALE = "fr-FR";

/**
 * The environment of the e2e server, fixed once per run: playwright.config.ts
 * computes it in the runner process, whose environment the web server and the
 * test workers inherit, so all three agree on the database.
 */
export function e2eEnvironment(): Record<string, string> & { DATABASE_URL: string } {
  const databaseUrl = (process.env.E2E_DATABASE_URL ??= throwawayDatabaseUrl("e2e"));
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
    AUTH_URL: E2E_BASE_URL,
    LOG_LEVEL: "warn",
    ADMIN_GITHUB_LOGINS: E2E_ADMIN_LOGIN,
  };
}
