import "server-only";

import type { Prisma } from "../../../db/generated/client";
import { BadInputError } from "../../../../shared/errors";
import { ROADMAP_QUOTAS, roadmapNameFromTitle } from "../../../../shared/roadmap-quotas";
import type { Viewer } from "../../viewer";

/** The first part of a learner's roadmap slugs: their login, lowercased (GitHub logins ignore case). */
export function ownerSlugPrefix(login: string): string {
  return login.toLowerCase();
}

/**
 * Room for one more roadmap of the viewer's (a new one or a fork), inside the
 * transaction that creates it: checks the quota under a per-learner lock (two
 * saves at once cannot both take the last place) and picks its slug,
 * `<login>/<name>`: the name asked for (BAD_USER_INPUT when taken), or one made
 * from the title, numbered when the learner already has it (go, go-2...).
 */
export async function reserveOwnRoadmap(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  { name, title }: { name: string | null; title: string },
): Promise<{ slug: string }> {
  if (!viewer.login) {
    throw new BadInputError("Your account has no GitHub login, which your roadmaps' addresses need: sign in again.");
  }
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waymark:owner:${viewer.userId}`}))`;
  const owned = await tx.roadmap.count({ where: { ownerId: viewer.userId } });
  if (owned >= ROADMAP_QUOTAS.roadmapsPerLearner) {
    throw new BadInputError(
      `You have ${owned} roadmaps, the most a learner may keep (${ROADMAP_QUOTAS.roadmapsPerLearner}); delete one first.`,
    );
  }
  const prefix = `${ownerSlugPrefix(viewer.login)}/`;
  if (name) {
    const taken = await tx.roadmap.findUnique({ where: { slug: prefix + name }, select: { id: true } });
    if (taken) {
      throw new BadInputError(`slug: you already have a roadmap called ${name}`, {
        fields: { slug: `you already have a roadmap called ${name}` },
      });
    }
    return { slug: prefix + name };
  }
  const base = roadmapNameFromTitle(title);
  const similar = new Set(
    (await tx.roadmap.findMany({ where: { slug: { startsWith: prefix + base } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  let slug = prefix + base;
  for (let n = 2; similar.has(slug); n += 1) slug = `${prefix}${base}-${n}`;
  return { slug };
}
