import "server-only";

import { cache } from "react";
import { findRoadmapRefsBySlugs } from "./find-roadmap-ids";
import { loadRoadmapContentsAt, type RoadmapContent } from "./roadmap-content";

/** One roadmap's content tree (one statement, then caches); memoised per request so metadata and page share it. */
export const getRoadmapContentBySlug = cache(async (slug: string): Promise<RoadmapContent | null> => {
  const [ref] = await findRoadmapRefsBySlugs([slug]);
  if (!ref) return null;
  const [content] = await loadRoadmapContentsAt([ref]);
  return content ?? null;
});
