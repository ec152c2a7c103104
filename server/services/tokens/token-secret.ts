import "server-only";

import { createHash, randomBytes } from "node:crypto";

const PREFIX = "wmk_";

/** A new secret: 256 random bits, recognisable by its prefix (secret scanners, logs). */
export function newTokenSecret(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

/**
 * Only this hash is stored. A plain SHA-256 is enough: the secret has 256 bits of
 * entropy, so there is nothing to brute-force that a slow hash would protect.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** What the owner sees to tell tokens apart: "wmk_" and the next six characters. */
export function tokenPrefix(secret: string): string {
  return secret.slice(0, PREFIX.length + 6);
}

export function looksLikeTokenSecret(value: string): boolean {
  return value.startsWith(PREFIX) && value.length >= PREFIX.length + 40 && value.length <= 100;
}
