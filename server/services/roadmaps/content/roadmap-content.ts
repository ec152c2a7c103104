import "server-only";

import { sharedCache } from "../../../platform/cache/shared-cache";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { findRoadmapRefsBySlugs, loadRoadmapVersions, type RoadmapRef } from "./find-roadmap-ids";
import type { RoadmapReader } from "../visibility/roadmap-access";
import {
  buildRoadmapContent,
  fetchRoadmapRows,
  fetchRoadmapRowsOnly,
  summaryOfRow,
  type RoadmapRows,
} from "./roadmap-rows";
import { contentsInLanguages } from "./translated-content";

export type {
  ItemNode,
  ItemRow,
  ResourceNode,
  RoadmapContent,
  RoadmapSummary,
  SectionNode,
} from "./roadmap-content-types";
import type { RoadmapContent, RoadmapSummary } from "./roadmap-content-types";

// Keys carry the roadmap's content version, which every save bumps (and so do a
// change of visibility and the owner's change of login): an entry is never
// stale, only unused (and it expires).
const CACHE_SECONDS = 3600;
// v5: resources carry their written type; the summary says whether the roadmap is a fork (isFork).
// v6: items carry the skill they claim.
// v7: resources carry their page's language; the content lists its translations.
const cacheKey = (roadmapId: string, version: number) => `roadmap-content:v7:${roadmapId}:${version}`;

// Built trees, kept in this process in front of the shared cache: a hit costs no
// round trip to Redis, no JSON parse and no tree building. Bounded by count; a
// 2,000-item roadmap's tree is a few megabytes.
// One per process, on globalThis: Next bundles this module into several of its
// bundles (routes, pages, start-up), and each copy would otherwise keep its own.
const BUILT_KEY = Symbol.for("waymark.builtRoadmapContents");
type GlobalWithBuilt = typeof globalThis & { [BUILT_KEY]?: LRUCache<string, RoadmapContent> };
const built = ((globalThis as GlobalWithBuilt)[BUILT_KEY] ??= new LRUCache<string, RoadmapContent>({ max: 64 }));

/** How many built trees this process holds (a gauge of /api/metrics). */
export const builtContentTrees = (): number => built.size;

/** Content versions of roadmaps the reader may see, in the order asked (null: none). */
export type FindVersions = (roadmapIds: readonly string[]) => Promise<(number | null)[]>;

/**
 * The one way to load roadmap content: the trees of several roadmaps at once.
 * One statement for their current versions, which also decides which of them
 * the viewer may see, then the caches (loadRoadmapContentsAt). A roadmap the
 * viewer may not see is null, as one that does not exist: the caches are only
 * asked for roadmaps that passed. The GraphQL loaders pass `findVersions`, their
 * own batched lookup, which versions a slug lookup or a write already knows.
 */
export async function loadRoadmapContents(
  viewer: RoadmapReader,
  roadmapIds: readonly string[],
  findVersions: FindVersions = (ids) => loadRoadmapVersions(viewer, ids),
): Promise<(RoadmapContent | null)[]> {
  const refs = await visibleRefs(roadmapIds, findVersions);
  const contents = new Map((await loadRoadmapContentsAt(refs)).map((content, index) => [refs[index]!.id, content]));
  return roadmapIds.map((id) => contents.get(id) ?? null);
}

/**
 * What loadRoadmapContents gives as each content's `roadmap` (null where the viewer
 * may not see it), without the tree: from this process's built trees, else one
 * statement for the rest. For answers that name the roadmap a write made or
 * changed (a save's payload), whose tree nobody may ask for.
 */
export async function loadRoadmapSummaries(
  viewer: RoadmapReader,
  roadmapIds: readonly string[],
  findVersions: FindVersions = (ids) => loadRoadmapVersions(viewer, ids),
): Promise<(RoadmapSummary | null)[]> {
  const refs = await visibleRefs(roadmapIds, findVersions);
  const found = new Map<string, RoadmapSummary>();
  for (const ref of refs) {
    const hit = built.get(cacheKey(ref.id, ref.contentVersion));
    if (hit) found.set(ref.id, hit.roadmap);
  }
  const missing = refs.filter((ref) => !found.has(ref.id)).map((ref) => ref.id);
  if (missing.length > 0) for (const row of await fetchRoadmapRowsOnly(missing)) found.set(row.id, summaryOfRow(row));
  return roadmapIds.map((id) => found.get(id) ?? null);
}

/** The roadmaps the reader may see, at their current versions (findVersions says which). */
async function visibleRefs(roadmapIds: readonly string[], findVersions: FindVersions): Promise<RoadmapRef[]> {
  const versions = await findVersions(roadmapIds);
  return roadmapIds.flatMap((id, index) =>
    versions[index] === null ? [] : [{ id, contentVersion: versions[index]! }],
  );
}

/**
 * loadRoadmapContents in a language: each in its translation into it when it
 * has one (translated-content.ts), else as written. No language: as written.
 */
export async function loadRoadmapContentsIn(
  viewer: RoadmapReader,
  roadmapIds: readonly string[],
  language: string | null | undefined,
): Promise<(RoadmapContent | null)[]> {
  if (!language) return loadRoadmapContents(viewer, roadmapIds);
  const versions = await loadRoadmapVersions(viewer, roadmapIds);
  const bases = await loadRoadmapContents(viewer, roadmapIds, async () => versions);
  const entries = roadmapIds.flatMap((id, index) => {
    const base = bases[index];
    const contentVersion = versions[index];
    return base && contentVersion !== null && contentVersion !== undefined
      ? [{ ref: { id, contentVersion }, base, language, index }]
      : [];
  });
  const translated = await contentsInLanguages(entries);
  const result = [...bases];
  entries.forEach(({ index }, at) => (result[index] = translated[at]!));
  return result;
}

/**
 * One roadmap's content tree by its slug, if the viewer may see it (one
 * statement, then the caches); memoised per request so a page's metadata and
 * body share it.
 */
export const loadRoadmapContentBySlug = cache(
  async (viewer: RoadmapReader, slug: string): Promise<RoadmapContent | null> => {
    const [ref] = await findRoadmapRefsBySlugs(viewer, [slug]);
    if (!ref) return null;
    const [content] = await loadRoadmapContentsAt([ref]);
    return content ?? null;
  },
);

/**
 * loadRoadmapContentBySlug in a language: its translation into it when it has
 * one (translated-content.ts), else the roadmap as written.
 */
export const loadRoadmapContentBySlugIn = cache(
  async (viewer: RoadmapReader, slug: string, language: string | null): Promise<RoadmapContent | null> => {
    const [ref] = await findRoadmapRefsBySlugs(viewer, [slug]);
    if (!ref) return null;
    const [base] = await loadRoadmapContentsAt([ref]);
    if (!base) return null;
    const [content] = await contentsInLanguages([{ ref, base, language }]);
    return content!;
  },
);

/**
 * The content trees of roadmaps at known versions: from this process's memory,
 * else the shared cache, else four statements for all the misses together.
 * Retired sections and items are left out; their progress history stays in the
 * database.
 */
export async function loadRoadmapContentsAt(refs: readonly RoadmapRef[]): Promise<(RoadmapContent | null)[]> {
  const found = new Map<string, RoadmapContent>();
  for (const ref of refs) {
    const hit = built.get(cacheKey(ref.id, ref.contentVersion));
    if (hit) found.set(ref.id, hit);
  }
  const cache = sharedCache();
  const cachedRows = new Map<string, RoadmapRows>();
  await Promise.all(
    refs
      .filter((ref) => !found.has(ref.id))
      .map(async (ref) => {
        const rows = await cache.get<RoadmapRows>(cacheKey(ref.id, ref.contentVersion));
        if (rows) cachedRows.set(ref.id, rows);
      }),
  );
  const missing = refs.filter((ref) => !found.has(ref.id) && !cachedRows.has(ref.id));
  const fetched =
    missing.length > 0 ? await fetchRoadmapRows(missing.map((ref) => ref.id)) : new Map<string, RoadmapRows>();
  // Stored under the version read first: if a save commits meanwhile, these rows
  // sit under the old version, which no later request asks for.
  await Promise.all(
    missing.flatMap((ref) => {
      const rows = fetched.get(ref.id);
      return rows ? [cache.set(cacheKey(ref.id, ref.contentVersion), rows, CACHE_SECONDS)] : [];
    }),
  );
  for (const ref of refs) {
    if (found.has(ref.id)) continue;
    const rows = cachedRows.get(ref.id) ?? fetched.get(ref.id);
    if (!rows) continue;
    const content = buildRoadmapContent(rows);
    built.set(cacheKey(ref.id, ref.contentVersion), content);
    found.set(ref.id, content);
  }
  return refs.map((ref) => found.get(ref.id) ?? null);
}
