import "server-only";

import { randomBytes } from "node:crypto";
import { hashTokenSecret } from "../tokens/token-secret";

const PREFIX = "wmi_";
const SECRET = /wmi_[A-Za-z0-9_-]{43}/;

/** A new invite secret: 256 random bits, URL-safe, recognisable by its prefix. */
export function newInviteSecret(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

/** Only this hash is stored (as ApiToken's: 256 random bits need no slow hash). */
export const hashInviteSecret = hashTokenSecret;

/** The path of a cohort's invite link (the page that shows what joining means, then joins). */
export function invitePath(secret: string): string {
  return `/cohorts/join/${secret}`;
}

/** The secret in what a learner pasted: the link (any host), its path, or the secret alone; null when none. */
export function inviteSecretIn(text: string): string | null {
  return SECRET.exec(text)?.[0] ?? null;
}
