import "server-only";

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, env, EnvError, usesEmbeddedDatabase } from "../platform/env";
import { githubSignInEnabled } from "./github-endpoints";

const GLOBAL_KEY = Symbol.for("waymark.authSecret");
type GlobalWithSecret = typeof globalThis & { [GLOBAL_KEY]?: string };

/**
 * The secret Auth.js signs its cookies with. AUTH_SECRET when set. A local trial
 * on the embedded database gets one generated once and kept in the data folder,
 * so nobody has to configure anything. Several instances on a shared database
 * must share one secret, so there AUTH_SECRET is required once sign-in is on.
 */
export function authSecret(): string {
  const holder = globalThis as GlobalWithSecret;
  if (holder[GLOBAL_KEY]) return holder[GLOBAL_KEY];
  const configured = env().AUTH_SECRET;
  if (configured) return (holder[GLOBAL_KEY] = configured);
  if (usesEmbeddedDatabase()) return (holder[GLOBAL_KEY] = persistedSecret());
  if (githubSignInEnabled()) {
    throw new EnvError(
      "Invalid environment configuration:\n  AUTH_SECRET is required when DATABASE_URL and GitHub sign-in are set " +
        "(every instance must share it; generate one with `openssl rand -base64 32`)",
    );
  }
  // Sign-in is off: the secret only signs Auth.js's CSRF cookie, never a session.
  return (holder[GLOBAL_KEY] = randomBytes(32).toString("base64url"));
}

function persistedSecret(): string {
  const file = path.join(dataDir(), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
