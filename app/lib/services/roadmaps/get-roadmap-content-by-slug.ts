import "server-only";

import { cache } from "react";
import { findRoadmapIdsBySlugs } from "./find-roadmap-ids";
import { loadRoadmapContents, type RoadmapContent } from "./roadmap-content";

/** One roadmap's content tree; memoised per request so metadata and page share it. */
export const getRoadmapContentBySlug = cache(async (slug: string): Promise<RoadmapContent | null> => {
  const [id] = await findRoadmapIdsBySlugs([slug]);
  if (!id) return null;
  const [content] = await loadRoadmapContents([id]);
  return content ?? null;
});
