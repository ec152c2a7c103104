import "server-only";

import { db } from "../../db/client";
import type { Role, TokenScope } from "../../db/generated/enums";
import { UnauthenticatedError } from "../../../shared/errors";
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
  // One statement: Prisma would read the user in a second one.
  const [token] = await db().$queryRaw<
    {
      id: string;
      scopes: TokenScope[];
      revokedAt: Date | null;
      lastUsedAt: Date | null;
      userId: string;
      role: Role;
      login: string | null;
      locale: string | null;
    }[]
  >`
    SELECT t."id", t."scopes"::text[] AS "scopes", t."revokedAt", t."lastUsedAt", u."id" AS "userId",
      u."role"::text AS "role", u."login", u."locale"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${hashTokenSecret(secret)}`;
  if (!token || token.revokedAt) throw new UnauthenticatedError("Invalid or revoked access token.");
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  return {
    userId: token.userId,
    role: token.role,
    login: token.login,
    via: "token",
    scopes: token.scopes,
    locale: token.locale,
  };
}
