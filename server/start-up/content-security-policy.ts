import "server-only";

import { env } from "../platform/env";

/*
 * The Content-Security-Policy of every page. Scripts run only from this site or
 * with the request's nonce (Next.js puts it on its own inline scripts when it
 * finds it in the request's policy), and 'strict-dynamic' lets those load the
 * chunks they need. Styles allow inline attributes (charts and bars size
 * themselves with style=""), which carry no script. Nothing may frame the site.
 */

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** Where sign-in forms may send the browser: GitHub (or the test stand-in). */
function signInOrigins(): string[] {
  const standIn = env().WAYMARK_GITHUB_STAND_IN_URL;
  return standIn ? [new URL(standIn).origin] : ["https://github.com"];
}

/** Where learners' avatars come from. */
function imageOrigins(): string[] {
  const standIn = env().WAYMARK_GITHUB_STAND_IN_URL;
  return standIn ? [new URL(standIn).origin] : ["https://avatars.githubusercontent.com"];
}

export function pagePolicy(nonce: string, { https }: { https: boolean }): string {
  const development = process.env.NODE_ENV === "development";
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code (stack traces); production never does.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...imageOrigins()],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    // The playground's editor runs its language services in workers.
    "worker-src": ["'self'", "blob:"],
    "form-action": ["'self'", ...signInOrigins()],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
    "manifest-src": ["'self'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** Served over https, as configured (AUTH_URL) or as the proxy in front says. */
export function servedOverHttps(forwardedProto: string | null): boolean {
  return env().AUTH_URL?.startsWith("https://") === true || forwardedProto?.split(",")[0]?.trim() === "https";
}

export const HSTS = "max-age=63072000; includeSubDomains";
