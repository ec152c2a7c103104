import "server-only";

import { db } from "../../db/client";

/**
 * Finds what `find` reads for the user with this GitHub login, whatever the
 * case it is written in: GitHub logins ignore case, and so do Waymark's
 * addresses (/u/<login>, badges, /roadmaps/<login>/...). The login as stored
 * is tried first, on its unique index, which is how Waymark's own links write
 * it; only a miss looks for the same login in another case (a scan of the
 * logins, only ever for a login typed by hand or one that does not exist).
 * Logins are unique whatever their case: a sign-in takes a login from whoever
 * held it in any case (sync-github-profile.ts).
 */
export async function findByLogin<T>(
  login: string,
  find: (storedLogin: string) => Promise<T | null>,
): Promise<T | null> {
  const exact = await find(login);
  if (exact !== null) return exact;
  const [other] = await db().$queryRaw<{ login: string }[]>`
    SELECT "login" FROM "User" WHERE lower("login") = lower(${login}) AND "login" <> ${login} LIMIT 1`;
  return other ? find(other.login) : null;
}
