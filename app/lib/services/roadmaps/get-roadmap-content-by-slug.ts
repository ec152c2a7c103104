import "server-only";

import { cache } from "react";
import type { MaybeViewer } from "../viewer";
import { findRoadmapRefsBySlugs } from "./find-roadmap-ids";
import { loadRoadmapContentsAt, type RoadmapContent } from "./roadmap-content";

/**
 * One roadmap's content tree, if the viewer may see it (one statement, then
 * caches); memoised per request so metadata and page share it.
 */
export const getRoadmapContentBySlug = cache(
  async (viewer: MaybeViewer, slug: string): Promise<RoadmapContent | null> => {
    const [ref] = await findRoadmapRefsBySlugs(viewer, [slug]);
    if (!ref) return null;
    const [content] = await loadRoadmapContentsAt([ref]);
    return content ?? null;
  },
);
