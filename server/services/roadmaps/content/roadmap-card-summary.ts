import "server-only";

import { db } from "../../../db/client";
import { loadRoadmapContentBySlug } from "./roadmap-content";

export interface RoadmapCardSummary {
  slug: string;
  title: string;
  description: string | null;
  /** The owner's login; null for a built-in roadmap. */
  owner: string | null;
  /** The owner's saved interface language (User.locale), which the card's words follow; null for a built-in. */
  ownerLocale: string | null;
  sectionCount: number;
  itemCount: number;
}

/**
 * What a roadmap's link preview shows. The card is drawn for whoever fetches
 * it, a chat app's or a social network's robot with nobody's session, so it is
 * drawn as for someone signed out: a roadmap anyone with its address may open
 * (PUBLIC or UNLISTED; the card shows no more than the page's title does).
 * Null otherwise, a private roadmap exactly like one that does not exist.
 */
export async function roadmapCardSummary(slug: string): Promise<RoadmapCardSummary | null> {
  if (slug.length > 200) return null;
  const content = await loadRoadmapContentBySlug(null, slug);
  if (!content) return null;
  const owner = content.roadmap.ownerLogin
    ? await db().user.findUnique({ where: { login: content.roadmap.ownerLogin }, select: { locale: true } })
    : null;
  return {
    slug: content.roadmap.slug,
    title: content.roadmap.title,
    description: content.roadmap.description,
    owner: content.roadmap.ownerLogin,
    ownerLocale: owner?.locale ?? null,
    sectionCount: content.sections.length,
    itemCount: content.items.length,
  };
}
