import "server-only";

import { db } from "../../db/client";
import { env, usesEmbeddedDatabase } from "../../platform/env";
import { ownerSlugPrefix } from "../roadmaps/authoring/own-roadmap-slot";
import { rewriteOwnerSlugs } from "../roadmaps/authoring/rewrite-owner-slugs";

export interface GithubProfile {
  login: string;
  name: string | null;
  avatarUrl: string | null;
}

/**
 * Keeps a user's GitHub login, name and avatar current at every sign-in (and
 * their roadmaps' addresses, /roadmaps/<login>/<name>, with the login), and
 * grants ADMIN to logins listed in ADMIN_GITHUB_LOGINS, and to the first user of
 * an empty embedded database (a local trial can then administer). Roles are
 * never taken away here: an admin is demoted by editing the database.
 */
export async function syncGithubProfile(userId: string, profile: GithubProfile): Promise<void> {
  const login = profile.login.trim();
  await db().$transaction(async (tx) => {
    // GitHub logins can be renamed and reused: whoever held this one before, in any case
    // (GitHub's logins and Waymark's addresses ignore it), lets go of it, and their roadmaps
    // leave its addresses (/roadmaps/<login>/...) for ones of their own.
    const previous = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE lower("login") = lower(${login}) AND "id" <> ${userId}`;
    for (const holder of previous) await rewriteOwnerSlugs(tx, holder.id, `~${holder.id}`);
    if (previous.length > 0) {
      await tx.user.updateMany({ where: { id: { in: previous.map((holder) => holder.id) } }, data: { login: null } });
    }
    await rewriteOwnerSlugs(tx, userId, ownerSlugPrefix(login));
    const listed = env().ADMIN_GITHUB_LOGINS.includes(login.toLowerCase());
    const firstOfEmbedded = usesEmbeddedDatabase() && (await tx.user.count()) === 1;
    await tx.user.update({
      where: { id: userId },
      data: {
        login,
        name: profile.name,
        image: profile.avatarUrl,
        ...(listed || firstOfEmbedded ? { role: "ADMIN" as const } : {}),
      },
    });
  });
}
