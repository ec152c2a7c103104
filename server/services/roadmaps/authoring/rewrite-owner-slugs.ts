import "server-only";

import type { Prisma } from "../../../db/generated/client";

/**
 * Moves a learner's roadmaps to a new address prefix, `<prefix>/<name>`: their
 * new GitHub login after a rename, or `~<user id>` when someone else now holds
 * their old login (so that login's new holder never appears to own them).
 * Bumps each content version: cached content carries the slug. One statement.
 */
export async function rewriteOwnerSlugs(tx: Prisma.TransactionClient, userId: string, prefix: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE "Roadmap" SET "slug" = ${prefix} || '/' || split_part("slug", '/', 2),
      "contentVersion" = "contentVersion" + 1, "updatedAt" = now()
    WHERE "ownerId" = ${userId} AND split_part("slug", '/', 1) <> ${prefix}`;
}
