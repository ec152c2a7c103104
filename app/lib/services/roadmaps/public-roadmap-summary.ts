import "server-only";

import { db } from "../../db/client";
import { PUBLIC_ROADMAP } from "./public-roadmap";
import { loadRoadmapContents } from "./roadmap-content";

export interface PublicRoadmapSummary {
  slug: string;
  title: string;
  description: string | null;
  sectionCount: number;
  itemCount: number;
}

/** What a link preview of a roadmap shows; null unless the roadmap exists and is public. */
export async function publicRoadmapSummary(slug: unknown): Promise<PublicRoadmapSummary | null> {
  if (typeof slug !== "string" || slug.length > 100) return null;
  const row = await db().roadmap.findFirst({ where: { ...PUBLIC_ROADMAP, slug }, select: { id: true } });
  if (!row) return null;
  const [content] = await loadRoadmapContents(null, [row.id]);
  if (!content) return null;
  return {
    slug: content.roadmap.slug,
    title: content.roadmap.title,
    description: content.roadmap.description,
    sectionCount: content.sections.length,
    itemCount: content.items.length,
  };
}
