import "server-only";

import type { RawRunner } from "./sync-skills";

/** An item whose claim a save changes: the skill it claims now (null: none) and after (null: none). */
export interface ClaimChange {
  itemId: string;
  from: string | null;
  to: string | null;
}

/**
 * Per item whose claim a save would change, how many learners following the roadmap would
 * see its status move between the item and a skill:
 * - the item comes to claim a skill: those whose status on the item differs from their
 *   status on the skill (one of the two takes the other's, the most recent winning);
 * - the item stops claiming one: those whose status on it came through the skill (they
 *   keep it, as the item's own from then on).
 * One statement; the learners are those with a status on the item, or on the skill and
 * following the roadmap as skill_sync counts it (the database's follows_roadmap, migration
 * follows_roadmap). `leaveOut` as in countLearnersAffected.
 */
export async function countSkillMoves(
  client: RawRunner,
  roadmapId: string,
  changes: readonly ClaimChange[],
  { leaveOut = null }: { leaveOut?: string | null } = {},
): Promise<Map<string, number>> {
  if (changes.length === 0) return new Map();
  // No user id is empty: "" leaves no one out.
  const unseen = leaveOut ?? "";
  const rows = await client.$queryRaw<{ itemId: string; learners: number }[]>`
    WITH changed AS (
      SELECT * FROM unnest(${changes.map((c) => c.itemId)}::text[], ${changes.map((c) => c.from)}::text[],
        ${changes.map((c) => c.to)}::text[]) AS c("itemId", "from", "to")
    ),
    -- The learners following the roadmap who hold a status on the item or on either skill.
    concerned AS (
      SELECT c."itemId", p."userId" FROM changed c JOIN "Progress" p ON p."itemId" = c."itemId"
      WHERE p."status" <> 'NOT_STARTED'
      UNION
      SELECT c."itemId", sp."userId" FROM changed c
      JOIN "SkillProgress" sp ON sp."skill" = c."to" AND sp."status" <> 'NOT_STARTED'
      WHERE EXISTS (SELECT 1 FROM "follows_roadmap"(sp."userId", ${roadmapId}))
    )
    SELECT c."itemId", count(*)::int AS "learners"
    FROM concerned x
    JOIN changed c ON c."itemId" = x."itemId"
    LEFT JOIN "Progress" p ON p."itemId" = c."itemId" AND p."userId" = x."userId"
    LEFT JOIN "SkillProgress" was ON was."userId" = x."userId" AND was."skill" = c."from"
    LEFT JOIN "SkillProgress" will ON will."userId" = x."userId" AND will."skill" = c."to"
    WHERE x."userId" <> ${unseen} AND ((c."to" IS NOT NULL AND COALESCE(p."status", 'NOT_STARTED') <> COALESCE(will."status", 'NOT_STARTED'))
       OR (c."to" IS NULL AND was."userId" IS NOT NULL AND was."itemId" IS DISTINCT FROM c."itemId"
           AND COALESCE(p."status", 'NOT_STARTED') <> 'NOT_STARTED'))
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.itemId, row.learners]));
}
