import "server-only";

import type { Prisma } from "../../db/generated/client";

/** A client that can run a raw statement: the shared one, or a transaction's. */
export interface RawRunner {
  $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Prisma.PrismaPromise<T>;
}

/**
 * Brings a learner's skills in line after their statuses changed (one statement, the
 * database function skill_follow; its rules are in the migration skill_sync): the skills of
 * the items just written take the most recent status and every item claiming one, on the
 * roadmaps the learner follows, follows it; roadmaps named in `followed` (just started, or
 * just given new items that claim skills) receive the learner's other skills too.
 * Returns the number of items whose status followed a skill.
 */
export async function syncSkills(
  client: RawRunner,
  userId: string,
  { skills = [], followed = [] }: { skills?: readonly (string | null)[]; followed?: readonly string[] },
): Promise<number> {
  const named = [...new Set(skills.filter((skill): skill is string => skill !== null))];
  if (named.length === 0 && followed.length === 0) return 0;
  const [row] = await client.$queryRaw<{ mirrored: number }[]>`
    SELECT "skill_follow"(${userId}, ${[...followed]}::text[], ${named}::text[]) AS "mirrored"`;
  return row?.mirrored ?? 0;
}

/**
 * The same for a batch written in a transaction (a guest merge, a reset): the skills of
 * the items whose status changed (`written`) are synced, and the roadmaps of every item the
 * batch touched (`touched`, which may have given the learner their first row there) receive
 * the learner's skills.
 */
export async function syncSkillsOfItems(
  client: RawRunner,
  userId: string,
  { written, touched }: { written: readonly string[]; touched: readonly string[] },
): Promise<number> {
  if (touched.length === 0 && written.length === 0) return 0;
  const [row] = await client.$queryRaw<{ mirrored: number }[]>`
    SELECT "skill_follow"(${userId},
      ARRAY(SELECT DISTINCT i."roadmapId" FROM "Item" i WHERE i."id" = ANY(${[...touched]}::text[])),
      ARRAY(SELECT DISTINCT i."skill" FROM "Item" i WHERE i."id" = ANY(${[...written]}::text[]) AND i."skill" IS NOT NULL)
    ) AS "mirrored"`;
  return row?.mirrored ?? 0;
}

/**
 * After a save made items of a roadmap claim skills (new items, revived ones, or another
 * skill), each learner following the roadmap who has a status on one of those skills or on
 * one of those items gets skill_sync: the most recent of the two wins, and the other side
 * follows. One statement. The followers are the database's roadmap_followers, the rule
 * skill_sync follows too (migration follows_roadmap): a loose scan, one probe per learner.
 */
export async function syncFollowersOfSkills(
  client: RawRunner,
  roadmapId: string,
  items: readonly { id: string; skill: string | null }[],
): Promise<number> {
  const skills = [...new Set(items.map((item) => item.skill).filter((skill): skill is string => skill !== null))];
  if (skills.length === 0) return 0;
  const itemIds = items.map((item) => item.id);
  const [row] = await client.$queryRaw<{ mirrored: number }[]>`
    SELECT COALESCE(sum("skill_sync"(f."userId", ${skills}::text[])), 0)::int AS "mirrored"
    FROM (
      SELECT f."userId" FROM "roadmap_followers"(${roadmapId}) f
      WHERE (
        EXISTS (SELECT 1 FROM "SkillProgress" sp WHERE sp."userId" = f."userId" AND sp."skill" = ANY(${skills}::text[]))
        OR EXISTS (SELECT 1 FROM "Progress" p WHERE p."userId" = f."userId" AND p."itemId" = ANY(${itemIds}::text[]))
      )
      ORDER BY f."userId"
    ) f`;
  return row?.mirrored ?? 0;
}
