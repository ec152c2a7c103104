import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { IMPORT_LIMITS } from "../../../shared/roadmap-markdown/import-limits";
import { validate } from "../validate";
import type { MaybeViewer } from "../viewer";
import { skillNameCandidates } from "./skill-name-candidates";

/*
 * Skills an item could claim, found from its title and its links on roadmaps
 * the viewer may see: PUBLIC ones (built-in ones among them) and the viewer's
 * own. Never from someone else's PRIVATE or UNLISTED roadmap: an unlisted one is
 * for those who hold its address, and listing its items' skills here would list
 * it. Every suggestion names an item that claims the skill on such a roadmap,
 * found in the same statement that checks it may be seen.
 *
 * Bounded whatever the site's size and the input (title ≤ 300 characters, ≤ 20
 * links): four statements, each an index probe with a LIMIT.
 */

export const MAX_SUGGESTION_URLS = 20;
/** Suggestions returned, best first. */
export const MAX_SUGGESTIONS = 5;
/** Catalogue titles read by trigram similarity (Skill_title_idx). */
const TITLE_MATCHES = 10;
/** Resources read for the given links: a link shared by more items is judged on the first ones found. */
const LINKED_RESOURCES = 2_000;
/**
 * Items read per candidate skill to find one the viewer may see (and the
 * closest title), by Item(skill, roadmapId); the viewer's own roadmaps are
 * probed besides, by the same index. A skill claimed by more items than this
 * on roadmaps the viewer may not see, before any they may, is not suggested.
 */
const ITEMS_PER_SKILL = 1_000;

export const suggestSkillsInput = z.object({
  title: z.string().trim().max(IMPORT_LIMITS.titleLength, `must be at most ${IMPORT_LIMITS.titleLength} characters`),
  urls: z
    .array(z.string().max(IMPORT_LIMITS.urlLength, `must be at most ${IMPORT_LIMITS.urlLength} characters`))
    .max(MAX_SUGGESTION_URLS, `at most ${MAX_SUGGESTION_URLS} links`)
    .nullish(),
});

export type SkillSuggestionReason = "TITLE" | "LINK";

export interface SkillSuggestion {
  name: string;
  /** The catalogue's title, else the title of the item found. */
  title: string;
  reasons: SkillSuggestionReason[];
  /** Items the viewer may see that claim it and link to one of the links (counted among LINKED_RESOURCES). */
  sharedLinks: number;
  /** An item claiming it on a roadmap the viewer may see, the closest to the title. */
  example: { itemTitle: string; roadmapTitle: string; roadmapSlug: string };
}

interface Candidate {
  title: string | null;
  /** How close its name or title is to the item's title, 0 to 1. */
  titleScore: number;
  sharedLinks: number;
}

export async function suggestSkills(viewer: MaybeViewer, input: unknown): Promise<SkillSuggestion[]> {
  const { title, urls } = validate(suggestSkillsInput, input);
  const links = linkVariants(urls ?? []);
  if (!title && links.length === 0) return [];
  const ownRoadmapIds = viewer ? await ownRoadmaps(viewer.userId) : [];
  const [byTitle, byLink] = await Promise.all([
    title ? titleCandidates(title, ownRoadmapIds) : [],
    links.length > 0 ? linkCandidates(viewer, links) : [],
  ]);
  const candidates = new Map<string, Candidate>();
  for (const row of byTitle) {
    const known = candidates.get(row.name);
    if (!known || known.titleScore < row.score)
      candidates.set(row.name, { title: row.title, titleScore: row.score, sharedLinks: 0 });
  }
  for (const row of byLink) {
    const known = candidates.get(row.name);
    if (known) known.sharedLinks = row.links;
    else candidates.set(row.name, { title: null, titleScore: 0, sharedLinks: row.links });
  }
  if (candidates.size === 0) return [];
  const examples = await visibleExamples(viewer, [...candidates.keys()], title, ownRoadmapIds);
  const suggestions: (SkillSuggestion & { score: number })[] = [];
  for (const example of examples) {
    const candidate = candidates.get(example.name)!;
    const titleScore = Math.max(candidate.titleScore, example.score);
    const reasons: SkillSuggestionReason[] = [];
    if (candidate.titleScore > 0) reasons.push("TITLE");
    if (candidate.sharedLinks > 0) reasons.push("LINK");
    suggestions.push({
      name: example.name,
      title: example.skillTitle ?? candidate.title ?? example.itemTitle,
      reasons,
      sharedLinks: candidate.sharedLinks,
      example: { itemTitle: example.itemTitle, roadmapTitle: example.roadmapTitle, roadmapSlug: example.roadmapSlug },
      score: titleScore,
    });
  }
  // Shared links say more than a similar title: an item linking where another links teaches what it teaches.
  suggestions.sort((a, b) => b.sharedLinks - a.sharedLinks || b.score - a.score || a.name.localeCompare(b.name));
  return suggestions.slice(0, MAX_SUGGESTIONS).map(({ score: _score, ...suggestion }) => suggestion);
}

/** Each link as written, and with its trailing slash added or dropped (`…/docs` and `…/docs/` are one page). */
function linkVariants(urls: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const url of urls) {
    if (!/^https?:\/\//i.test(url)) continue;
    variants.add(url);
    variants.add(url.endsWith("/") ? url.slice(0, -1) : `${url}/`);
  }
  return [...variants];
}

/** The viewer's own roadmaps (at most ROADMAP_QUOTAS.roadmapsPerLearner), by Roadmap(ownerId, createdAt). */
async function ownRoadmaps(userId: string): Promise<string[]> {
  const rows = await db().roadmap.findMany({ where: { ownerId: userId }, select: { id: true } });
  return rows.map((row) => row.id);
}

/**
 * Skills whose name is a word or a run of words of the title (by primary key,
 * and by Item(skill, roadmapId) on the viewer's own roadmaps, whose skills the
 * public catalogue may not hold), and the catalogue's titles most like it (by
 * the trigram index). The catalogue holds only PUBLIC roadmaps' claims
 * (record-skills.ts); each candidate is checked again against what the viewer
 * may see (visibleExamples).
 */
async function titleCandidates(title: string, ownRoadmapIds: readonly string[]) {
  const names = skillNameCandidates(title);
  return db().$queryRaw<{ name: string; title: string | null; score: number }[]>`
    (SELECT k."name", k."title", similarity(k."title", ${title})::float8 AS "score"
     FROM "Skill" k WHERE k."title" % ${title}
     ORDER BY 3 DESC, 1 LIMIT ${TITLE_MATCHES})
    UNION ALL
    SELECT k."name", k."title", 1::float8 FROM "Skill" k WHERE k."name" = ANY(${names}::text[])
    UNION ALL
    SELECT DISTINCT i."skill", NULL, 1::float8 FROM "Item" i
    WHERE i."skill" = ANY(${names}::text[]) AND i."roadmapId" = ANY(${[...ownRoadmapIds]}::text[])`;
}

/**
 * Skills claimed by live items, on roadmaps the viewer may list, that have one
 * of these links (Resource_url_idx), with how many such items there are.
 */
async function linkCandidates(viewer: MaybeViewer, links: readonly string[]) {
  return db().$queryRaw<{ name: string; links: number }[]>`
    SELECT i."skill" AS "name", count(DISTINCT i."id")::int AS "links"
    FROM (SELECT x."itemId" FROM "Resource" x
          WHERE x."url" = ANY(${[...links]}::text[]) AND x."itemId" IS NOT NULL LIMIT ${LINKED_RESOURCES}) m
    JOIN "Item" i ON i."id" = m."itemId"
    JOIN "Section" s ON s."id" = i."sectionId"
    JOIN "Roadmap" r ON r."id" = i."roadmapId"
    WHERE i."skill" IS NOT NULL AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL AND ${listableSql(viewer)}
    GROUP BY i."skill"`;
}

interface Example {
  name: string;
  skillTitle: string | null;
  itemTitle: string;
  roadmapTitle: string;
  roadmapSlug: string;
  score: number;
}

/**
 * For each candidate, the live item claiming it, on a roadmap the viewer may
 * list, whose title is closest to `title`; candidates with none are dropped.
 * Per candidate: the first ITEMS_PER_SKILL items by Item(skill, roadmapId), and
 * the items on the viewer's own roadmaps by the same index.
 */
async function visibleExamples(
  viewer: MaybeViewer,
  names: readonly string[],
  title: string,
  ownRoadmapIds: readonly string[],
): Promise<Example[]> {
  return db().$queryRaw<Example[]>`
    SELECT c."name", k."title" AS "skillTitle", e."itemTitle", e."roadmapTitle", e."roadmapSlug", e."score"
    FROM unnest(${[...names]}::text[]) AS c("name")
    LEFT JOIN "Skill" k ON k."name" = c."name"
    CROSS JOIN LATERAL (
      SELECT i."title" AS "itemTitle", r."title" AS "roadmapTitle", r."slug" AS "roadmapSlug",
        similarity(i."title", ${title})::float8 AS "score"
      FROM (
        (SELECT "id", "title", "roadmapId", "sectionId", "retiredAt" FROM "Item"
         WHERE "skill" = c."name" ORDER BY "roadmapId" LIMIT ${ITEMS_PER_SKILL})
        UNION
        SELECT "id", "title", "roadmapId", "sectionId", "retiredAt" FROM "Item"
        WHERE "skill" = c."name" AND "roadmapId" = ANY(${[...ownRoadmapIds]}::text[])
      ) i
      JOIN "Section" s ON s."id" = i."sectionId"
      JOIN "Roadmap" r ON r."id" = i."roadmapId"
      WHERE i."retiredAt" IS NULL AND s."retiredAt" IS NULL AND ${listableSql(viewer)}
      ORDER BY 4 DESC, r."id", i."id"
      LIMIT 1
    ) e`;
}

/** Roadmaps whose items may be suggested to the viewer: PUBLIC ones, and their own whatever the visibility. */
function listableSql(viewer: MaybeViewer): Prisma.Sql {
  return viewer
    ? Prisma.sql`(r."visibility" = 'PUBLIC' OR r."ownerId" = ${viewer.userId})`
    : Prisma.sql`r."visibility" = 'PUBLIC'`;
}
