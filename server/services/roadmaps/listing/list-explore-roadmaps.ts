import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import type { Prisma } from "../../../db/generated/client";
import { pageQuery, readPageRequest, toPage, type Page } from "../../pagination";
import { validate } from "../../validate";
import { isSkillName } from "../../../../shared/roadmap-markdown/skill-names";
import { countLiveItems } from "../content/count-live-items";
import { LIVE_ITEM } from "../content/live-item";
import type { RoadmapListEntry } from "./list-roadmaps";
import { roadmapSummarySelect, toRoadmapSummary } from "./roadmap-summary";

export const exploreInput = z.object({
  query: z.string().trim().max(100, "must be at most 100 characters").nullish(),
  skill: z
    .string()
    .refine(isSkillName, "is not a skill name (lowercase letters and digits, words joined by dashes)")
    .nullish(),
});

/**
 * The Explore list: PUBLIC roadmaps only (built-in ones and learners'), newest
 * first, a page at a time, optionally those whose title contains `query`
 * (ignoring case, every character literally). Never an UNLISTED or PRIVATE
 * roadmap, whoever asks. Two statements: the page, and its items' counts. The
 * search is `title ILIKE '%query%'`, which the trigram index on Roadmap.title
 * serves for queries of three characters or more. With `skill`, only those whose
 * live items claim it: Roadmap.publicSkills, kept by triggers (migration
 * roadmap_public_skills), found by its GIN index (or, for a skill most roadmaps
 * claim, checked on the newest public ones), never by walking every public
 * roadmap or every claim; each roadmap listed is checked again against its items
 * by Item(skill, roadmapId), so a claim just retired never shows.
 */
export async function listExploreRoadmaps(input: unknown): Promise<Page<RoadmapListEntry>> {
  const request = readPageRequest(input);
  const { query, skill } = validate(exploreInput, input);
  const page = pageQuery(request);
  const where: Prisma.RoadmapWhereInput = {
    AND: [
      { visibility: "PUBLIC" },
      query ? { title: { contains: likeLiteral(query), mode: "insensitive" } } : {},
      skill ? { publicSkills: { hasEvery: [skill] }, items: { some: { skill, ...LIVE_ITEM } } } : {},
      page.where,
    ],
  };
  const rows = await db().roadmap.findMany({
    where,
    orderBy: page.orderBy,
    take: page.take,
    select: { ...roadmapSummarySelect, createdAt: true },
  });
  return withItemCounts(toPage(rows, request, ({ createdAt: _createdAt, ...row }) => toRoadmapSummary(row)));
}

/**
 * Prisma passes `contains` to LIKE as it is, so "%" and "_" in a query would be
 * wildcards ("%" finding every roadmap) and a backslash LIKE's escape character.
 * Escaped with a backslash, each stands for itself.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Item counts of a page of roadmaps, in one statement. */
export async function withItemCounts<T extends { id: string }>(
  page: Page<T>,
): Promise<Page<T & { itemCount: number }>> {
  const countOf = await countLiveItems(page.edges.map((edge) => edge.node.id));
  return {
    ...page,
    edges: page.edges.map((edge) => ({ ...edge, node: { ...edge.node, itemCount: countOf.get(edge.node.id) ?? 0 } })),
  };
}
