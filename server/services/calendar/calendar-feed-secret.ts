import "server-only";

import { randomBytes } from "node:crypto";

const PREFIX = "wmc_";

/** A new calendar secret: 256 random bits, URL-safe, recognisable by its prefix. */
export function newCalendarSecret(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function looksLikeCalendarSecret(value: string): boolean {
  return /^wmc_[A-Za-z0-9_-]{43}$/.test(value);
}
