import "server-only";

import { db } from "../../db/client";
import { UnauthenticatedError } from "../../shared/errors";
import type { Viewer } from "../viewer";
import { hashTokenSecret, looksLikeTokenSecret } from "./token-secret";

/** lastUsedAt is precise to this much: no write on every request of a busy client. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The viewer a bearer token stands for. A malformed, unknown or revoked token is
 * UNAUTHENTICATED: a client that sent credentials must never be served silently
 * as anonymous.
 */
export async function authenticateToken(secret: string): Promise<Viewer> {
  if (!looksLikeTokenSecret(secret)) throw new UnauthenticatedError("Invalid access token.");
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: {
      id: true,
      scopes: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, role: true, login: true } },
    },
  });
  if (!token || token.revokedAt) throw new UnauthenticatedError("Invalid or revoked access token.");
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { userId: token.user.id, role: token.user.role, login: token.user.login, via: "token", scopes: token.scopes };
}
