import type { Db } from "../../../server/db/client";
import { Prisma } from "../../../server/db/generated/client";

const BATCH = 50;

/**
 * Fills a cohort to `members` (its owner included) with learners who each
 * worked through the cohort's roadmap for a year at their own pace (100 to 600
 * items a year): every item started, then done two days later, the last one
 * still in progress, with progress rows as the app's writer leaves them. Bulk
 * SQL (generate_series), so 500 members on a 2,000-item roadmap take seconds.
 */
export async function seedCohort(db: Db, cohortId: string, members: number): Promise<{ events: number }> {
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { roadmapId: true } });
  await db.$executeRaw`
    WITH added AS (
      INSERT INTO "User" ("id", "login", "name", "updatedAt")
      SELECT 'cohort-bench-' || ${cohortId} || '-' || k, 'cohort-bench-' || ${cohortId} || '-' || k, 'Learner ' || k, now()
      FROM generate_series(1, ${members - 1}) AS k
      RETURNING "id"
    )
    INSERT INTO "CohortMember" ("cohortId", "userId", "role", "showMeToCohort")
    SELECT ${cohortId}, "id", 'MEMBER'::"CohortRole", random() < 0.5 FROM added`;
  // In batches of members: each statement stays well within the statement timeout.
  let events = 0;
  for (let first = 1; first <= members; first += BATCH) {
    const worked = Prisma.sql`
      WITH items AS (
        SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Item"
        WHERE "roadmapId" = ${cohort.roadmapId} AND "retiredAt" IS NULL
      ),
      learners AS (
        SELECT "userId", pace FROM (
          SELECT "userId", row_number() OVER (ORDER BY "userId") AS k,
            100 + (row_number() OVER (ORDER BY "userId") * 37) % 500 AS pace
          FROM "CohortMember" WHERE "cohortId" = ${cohortId}
        ) numbered WHERE k BETWEEN ${first} AND ${first + BATCH - 1}
      ),
      worked AS (
        SELECT l."userId", i."id" AS "itemId", i.n, l.pace,
          now() - interval '365 days' + (i.n::float8 / l.pace) * interval '365 days' AS started
        FROM learners l JOIN items i ON i.n < l.pace
      )`;
    events += await db.$executeRaw`${worked}
      INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at")
      SELECT "userId", "itemId", ${cohort.roadmapId}, 'NOT_STARTED'::"ItemStatus", 'IN_PROGRESS'::"ItemStatus", started
      FROM worked
      UNION ALL
      SELECT "userId", "itemId", ${cohort.roadmapId}, 'IN_PROGRESS'::"ItemStatus", 'DONE'::"ItemStatus", started + interval '2 days'
      FROM worked WHERE n < pace - 1`;
    await db.$executeRaw`${worked}
      INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt", "since")
      SELECT 'cohort-bench-' || md5("userId" || "itemId"), "userId", "itemId", ${cohort.roadmapId},
        CASE WHEN n < pace - 1 THEN 'DONE'::"ItemStatus" ELSE 'IN_PROGRESS'::"ItemStatus" END,
        CASE WHEN n < pace - 1 THEN started + interval '2 days' ELSE started END,
        started
      FROM worked`;
  }
  // As autovacuum would have long since: the planner needs the tables' statistics.
  // The roadmap was just made too: without statistics on Item and Section the
  // planner takes them for a row each and picks nested loops.
  await db.$executeRawUnsafe(
    `ANALYZE "ProgressEvent", "Progress", "ProgressTally", "CohortMember", "User", "Item", "Section"`,
  );
  return { events };
}
