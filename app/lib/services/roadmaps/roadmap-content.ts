import { sharedCache } from "../../cache/shared-cache";
import type { ResourceKind } from "../../db/generated/enums";
import { buildRoadmapContent, fetchRoadmapRows, type RoadmapRows } from "./roadmap-rows";

export interface ResourceNode {
  id: string;
  title: string;
  url: string;
  kind: ResourceKind;
}

/** An item as stored. */
export interface ItemRow {
  id: string;
  roadmapId: string;
  sectionId: string;
  parentId: string | null;
  key: string;
  title: string;
  position: number;
}

export interface ItemNode extends ItemRow {
  children: ItemNode[];
  resources: ResourceNode[];
}

export interface SectionNode {
  id: string;
  roadmapId: string;
  key: string;
  title: string;
  position: number;
  /** Top-level items, each with its children. */
  items: ItemNode[];
  /** Every item of the section, nested ones included, in reading order. */
  allItems: ItemNode[];
}

export interface RoadmapSummary {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  updatedAt: Date;
}

/** A roadmap's whole tree, read in four statements whatever its size. */
export interface RoadmapContent {
  roadmap: RoadmapSummary;
  sections: SectionNode[];
  /** Every live item in reading order. */
  items: ItemNode[];
  itemById: Map<string, ItemNode>;
  resources: ResourceNode[];
}

// Content changes only on import; the cache is dropped then (see save-roadmap-draft.ts).
const CACHE_SECONDS = 3600;
const cacheKey = (roadmapId: string) => `roadmap-content:v1:${roadmapId}`;

/**
 * Loads the content trees of several roadmaps at once (the GraphQL DataLoader
 * batch function and the pages both use it), from the shared cache when it has
 * them, else in four statements for all the misses together. Retired sections
 * and items are left out; their progress history stays in the database.
 */
export async function loadRoadmapContents(roadmapIds: readonly string[]): Promise<(RoadmapContent | null)[]> {
  const cache = sharedCache();
  const cached = await Promise.all(roadmapIds.map((id) => cache.get<RoadmapRows>(cacheKey(id))));
  const missing = roadmapIds.filter((_, index) => cached[index] === undefined);
  const fetched = missing.length > 0 ? await fetchRoadmapRows(missing) : new Map<string, RoadmapRows>();
  await Promise.all([...fetched].map(([id, rows]) => cache.set(cacheKey(id), rows, CACHE_SECONDS)));
  return roadmapIds.map((id, index) => {
    const rows = cached[index] ?? fetched.get(id);
    return rows ? buildRoadmapContent(rows) : null;
  });
}

/** After an import: every instance reads the roadmap afresh (shared when Redis is configured). */
export async function invalidateRoadmapContent(roadmapId: string): Promise<void> {
  await sharedCache().delete(cacheKey(roadmapId));
}
