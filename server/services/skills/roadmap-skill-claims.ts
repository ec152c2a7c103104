import "server-only";

import { db } from "../../db/client";
import type { MaybeViewer } from "../viewer";

/** Skills listed with their counts, in name order: a roadmap claiming more says how many more. */
export const MAX_CLAIMS_LISTED = 50;
/** Learners counted per skill: the count stops here (at least this many). */
export const MAX_LEARNERS_COUNTED = 10_000;

export interface RoadmapSkillClaim {
  name: string;
  /** Live items of the roadmap that claim it. */
  items: number;
  /** Learners who follow it (a SkillProgress row each), on any roadmap; at most MAX_LEARNERS_COUNTED. */
  learners: number;
}

export interface RoadmapSkillClaims {
  /** The first MAX_CLAIMS_LISTED skills by name. */
  skills: RoadmapSkillClaim[];
  /** How many skills the roadmap claims in all. */
  total: number;
}

/**
 * The skills a roadmap's live items claim and how many learners follow each,
 * for those who may edit it (its owner; an administrator in a browser session
 * for a built-in roadmap, as Roadmap.viewerCanEdit says); null for anyone else.
 * How many follow a skill is the author's business (whom a change of claim
 * touches), not a reader's.
 *
 * One statement, bounded: the roadmap's items by Item(roadmapId, key) (at most
 * 5,000), then per listed skill an index-only count over SkillProgress(skill)
 * that stops at MAX_LEARNERS_COUNTED: at most 50 × 10,001 index entries.
 */
export async function roadmapSkillClaims(
  viewer: MaybeViewer,
  roadmap: { id: string; ownerId: string | null },
): Promise<RoadmapSkillClaims | null> {
  if (!mayEdit(viewer, roadmap)) return null;
  const rows = await db().$queryRaw<(RoadmapSkillClaim & { total: number })[]>`
    SELECT c."name", c."items", c."total",
      (SELECT count(*) FROM (SELECT 1 FROM "SkillProgress" sp WHERE sp."skill" = c."name"
                             LIMIT ${MAX_LEARNERS_COUNTED}) f)::int AS "learners"
    FROM (
      SELECT i."skill" AS "name", count(*)::int AS "items", (count(*) OVER ())::int AS "total"
      FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
      WHERE i."roadmapId" = ${roadmap.id} AND i."skill" IS NOT NULL
        AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
      GROUP BY i."skill"
      ORDER BY i."skill"
      LIMIT ${MAX_CLAIMS_LISTED}
    ) c
    ORDER BY c."name"`;
  return {
    skills: rows.map(({ total: _total, ...claim }) => claim),
    total: rows[0]?.total ?? 0,
  };
}

function mayEdit(viewer: MaybeViewer, roadmap: { ownerId: string | null }): boolean {
  if (!viewer) return false;
  return roadmap.ownerId === null
    ? viewer.role === "ADMIN" && viewer.via === "session"
    : roadmap.ownerId === viewer.userId;
}
