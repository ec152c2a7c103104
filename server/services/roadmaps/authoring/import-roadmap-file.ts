import "server-only";

import { db } from "../../../db/client";
import { NotFoundError } from "../../../../shared/errors";
import { roadmapNameFromTitle } from "../../../../shared/roadmap-quotas";
import { batchTransaction } from "../../progress/apply-status-changes";
import type { Viewer } from "../../viewer";
import { countLearnersAffected } from "./count-learners-affected";
import { diffRoadmap, type RoadmapChangeKind } from "./diff-roadmap";
import { loadStoredItems } from "./load-stored-items";
import { ownerSlugPrefix } from "./own-roadmap-slot";
import { parseMarkdownOrThrow } from "./parse-markdown-or-throw";
import { saveRoadmap } from "./save-roadmap";
import { lockRoadmapSlug, writeRoadmapVersion } from "./write-roadmap-version";

export interface ImportFileRequest {
  markdown: string;
  /** A built-in roadmap's slug, or the name of the owner's roadmap; absent: made from the title. */
  slug: string | null;
  /** Import as this learner's roadmap (created PRIVATE, or a new version of theirs at that slug). */
  ownerLogin: string | null;
  dryRun: boolean;
}

export interface ImportFileReport {
  slug: string;
  created: boolean;
  dryRun: boolean;
  counts: Record<RoadmapChangeKind, number>;
  learnersAffected: number;
}

/**
 * What `npm run roadmap:import` does, for the operator who runs it on the
 * server's machine (trusted: no viewer, no rate limit for built-in roadmaps):
 * imports a file as a built-in roadmap (public, at /roadmaps/<slug>), or as a
 * learner's own roadmap through the same save a learner's browser uses. With
 * dryRun, reports what would change and writes nothing.
 */
export async function importRoadmapFile(request: ImportFileRequest): Promise<ImportFileReport> {
  if (request.ownerLogin) return importForLearner(request, request.ownerLogin);
  const draft = parseMarkdownOrThrow(request.markdown);
  const slug = request.slug ?? roadmapNameFromTitle(draft.title);
  return db().$transaction(async (tx) => {
    await lockRoadmapSlug(tx, slug);
    const [existing] = await tx.$queryRaw<{ id: string; ownerId: string | null }[]>`
      SELECT "id", "ownerId" FROM "Roadmap" WHERE "slug" = ${slug} FOR UPDATE`;
    const stored = existing ? await loadStoredItems(tx, existing.id) : [];
    const changes = diffRoadmap(
      stored.filter((item) => item.live),
      draft,
    );
    const touched = await countLearnersAffected(
      tx,
      changes.flatMap((change) => (change.itemId ? [change.itemId] : [])),
    );
    const counts: Record<RoadmapChangeKind, number> = { ADDED: 0, MOVED: 0, RENAMED: 0, RETIRED: 0 };
    for (const change of changes) counts[change.kind] += 1;
    if (!request.dryRun) {
      await writeRoadmapVersion(
        tx,
        existing?.id ?? null,
        { slug, ownerId: null, visibility: "PUBLIC", seedHash: null, markdown: request.markdown },
        draft,
        stored,
      );
    }
    return {
      slug,
      created: !existing && !request.dryRun,
      dryRun: request.dryRun,
      counts,
      learnersAffected: touched.total,
    };
  }, batchTransaction());
}

async function importForLearner(request: ImportFileRequest, ownerLogin: string): Promise<ImportFileReport> {
  const user = await db().user.findFirst({
    where: { login: { equals: ownerLogin, mode: "insensitive" } },
    select: { id: true, login: true, role: true },
  });
  if (!user?.login) throw new NotFoundError(`A learner with the login ${ownerLogin}`);
  const viewer: Viewer = {
    userId: user.id,
    login: user.login,
    role: user.role,
    via: "session",
    scopes: ["READ_PROGRESS", "WRITE_PROGRESS", "WRITE_ROADMAPS"],
  };
  const name = request.slug ?? roadmapNameFromTitle(parseMarkdownOrThrow(request.markdown).title);
  const slug = `${ownerSlugPrefix(user.login)}/${name}`;
  const existing = await db().roadmap.findUnique({ where: { slug }, select: { id: true } });
  const result = await saveRoadmap(viewer, {
    roadmapId: existing?.id ?? null,
    slug: name,
    markdown: request.markdown,
    dryRun: request.dryRun,
  });
  return {
    slug,
    created: result.created,
    dryRun: result.dryRun,
    counts: result.counts,
    learnersAffected: result.learnersAffected,
  };
}
