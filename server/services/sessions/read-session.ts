import "server-only";

import { db } from "../../db/client";
import { directRead } from "../../db/direct-read";
import { Prisma } from "../../db/generated/client";
import type { Role } from "../../db/generated/enums";

/** How long a session lasts, and how often using it pushes its end further (as Auth.js is configured). */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const SESSION_UPDATE_AGE_MS = 24 * 60 * 60 * 1000;

export interface SessionUser {
  id: string;
  role: Role;
  login: string | null;
  name: string | null;
  image: string | null;
  /** The interface language the learner chose; null: follow the browser. */
  locale: string | null;
}

export interface CurrentSession {
  user: SessionUser;
  expires: Date;
}

/**
 * The signed-in user of a session cookie, in one statement. Auth.js writes
 * sessions (sign-in, sign-out) but its reader turns a database failure into
 * "signed out"; this one lets the failure through, so an outage is reported as
 * an outage. Like Auth.js's database strategy, using a session that is more than
 * a day old moves its expiry on.
 */
export async function readSession(sessionToken: string | undefined): Promise<CurrentSession | null> {
  // Auth.js makes tokens of letters, digits and dashes; anything else (a NUL the
  // database would refuse, a megabyte of junk) cannot be a session.
  if (!sessionToken || !/^[A-Za-z0-9._~-]{1,512}$/.test(sessionToken)) return null;
  // One statement (Prisma would read the user in a second one), sent directly and prepared
  // once per connection: every signed-in request makes it (direct-read.ts).
  const [row] = await directRead<SessionUser & { sessionId: string; expires: Date }>(
    Prisma.sql`
    SELECT s."id" AS "sessionId", s."expires", u."id", u."role"::text AS "role", u."login", u."name", u."image",
      u."locale"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${sessionToken}`,
    { name: "session_user" },
  );
  const now = Date.now();
  if (!row || row.expires.getTime() <= now) return null;
  const { sessionId, expires, ...user } = row;
  if (expires.getTime() - SESSION_MAX_AGE_MS + SESSION_UPDATE_AGE_MS <= now) {
    const moved = new Date(now + SESSION_MAX_AGE_MS);
    await db().session.update({ where: { id: sessionId }, data: { expires: moved } });
    return { user, expires: moved };
  }
  return { user, expires };
}
