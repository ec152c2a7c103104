import { testDb } from "./test-db";

/** The kinds of data a write may change, as the scope matrix tells them apart. */
export type DataKind = "progress" | "roadmaps" | "tokens" | "account" | "cohorts";

interface LearnerData {
  /** Per roadmap: the learner's statuses, history events, notes and goal on it. */
  progress: Map<string, string>;
  roadmaps: string;
  tokens: string;
  account: string;
  cohorts: string;
}

/**
 * Runs `call` and says which kinds of one learner's data it changed, read
 * straight from the database before and after:
 * - progress: statuses, history events, notes, goals, review (cards, ratings,
 *   settings) and the interface language, on roadmaps that still
 *   exist afterwards (progress on a roadmap the call deleted went with the
 *   roadmap: the call changed roadmaps, which deleteRoadmap needs WRITE_ROADMAPS for);
 * - roadmaps: the learner's own roadmaps (and `extraSlugs`, such as a built-in
 *   one an administrator may import) with their items;
 * - tokens: the learner's access tokens (not lastUsedAt, which any use moves);
 * - account: the user row, profile roadmaps, calendar secret, sessions, GitHub links;
 * - cohorts: the cohorts the learner is in or owns, with their members, roles, sharing and invite.
 */
export async function kindsWrittenBy<T>(
  userId: string,
  extraSlugs: string[],
  call: () => Promise<T>,
): Promise<{ result: T; written: DataKind[] }> {
  const before = await learnerData(userId, extraSlugs);
  const result = await call();
  const after = await learnerData(userId, extraSlugs);
  const roadmapIds = [...new Set([...before.progress.keys(), ...after.progress.keys()])];
  const existing = new Set(
    (await testDb().roadmap.findMany({ where: { id: { in: roadmapIds } }, select: { id: true } })).map(({ id }) => id),
  );
  const progressChanged = roadmapIds.some(
    (id) => existing.has(id) && before.progress.get(id) !== after.progress.get(id),
  );
  const written = (["progress", "roadmaps", "tokens", "account", "cohorts"] as const).filter((kind) =>
    kind === "progress" ? progressChanged : before[kind] !== after[kind],
  );
  return { result, written };
}

/**
 * One statement (a snapshot taken by a dozen Prisma queries made the matrix
 * several times slower): each kind as JSON text, progress rows with their roadmap.
 */
async function learnerData(userId: string, extraSlugs: string[]): Promise<LearnerData> {
  const [row] = await testDb().$queryRaw<
    {
      roadmaps: string;
      progress: { roadmapId: string; row: unknown }[];
      tokens: string;
      account: string;
      cohorts: string;
    }[]
  >`
    SELECT
      (SELECT coalesce(json_agg(r ORDER BY r."id"), '[]')::text FROM (
        SELECT ro."id", ro."slug", ro."title", ro."visibility", ro."markdown", ro."contentVersion",
          ro."forkedFromId", ro."ownerId",
          (SELECT json_agg(i ORDER BY i."id") FROM (
            SELECT "id", "key", "title", "retiredAt", "sectionId", "parentId", "position" FROM "Item"
            WHERE "roadmapId" = ro."id") i) AS "items",
          (SELECT json_agg(t ORDER BY t."language") FROM (
            SELECT "language", "title", "markdown" FROM "RoadmapTranslation"
            WHERE "roadmapId" = ro."id") t) AS "translations"
        FROM "Roadmap" ro WHERE ro."ownerId" = ${userId} OR ro."slug" = ANY(${extraSlugs}::text[])) r) AS "roadmaps",
      (SELECT coalesce(json_agg(p ORDER BY p."roadmapId", p."row"::text), '[]') FROM (
        SELECT "roadmapId", json_build_object('status', "itemId", "status", "updatedAt") AS "row"
          FROM "Progress" WHERE "userId" = ${userId}
        UNION ALL
        SELECT "roadmapId", json_build_object('event', "id", "itemId", "from", "to", "at")
          FROM "ProgressEvent" WHERE "userId" = ${userId}
        UNION ALL
        SELECT i."roadmapId", json_build_object('note', n."itemId", n."body", n."updatedAt")
          FROM "Note" n JOIN "Item" i ON i."id" = n."itemId" WHERE n."userId" = ${userId}
        UNION ALL
        SELECT "roadmapId", json_build_object('goal', "targetDate", "weeklyGoal", "updatedAt")
          FROM "RoadmapGoal" WHERE "userId" = ${userId}
        UNION ALL
        SELECT "roadmapId", json_build_array('review', "itemId", "due", "reps", "stability", "difficulty")
          FROM "ReviewCard" WHERE "userId" = ${userId}
        UNION ALL
        SELECT "roadmapId", json_build_array('rating', "id", "itemId", "rating", "reviewedAt")
          FROM "ReviewEvent" WHERE "userId" = ${userId}
        UNION ALL
        SELECT "roadmapId", json_build_array('review on', "enabled")
          FROM "ReviewRoadmapSetting" WHERE "userId" = ${userId}
        UNION ALL
        -- The learner's review settings count as progress on each roadmap they have progress on.
        SELECT p."roadmapId", json_build_array('review settings', s."dailyLimit", s."desiredRetention")
          FROM "ReviewSettings" s JOIN (SELECT DISTINCT "roadmapId" FROM "Progress" WHERE "userId" = ${userId}) p ON true
          WHERE s."userId" = ${userId}
        UNION ALL
        -- So does the interface language they chose (a preference, as review settings are).
        SELECT p."roadmapId", json_build_array('locale', u."locale")
          FROM "User" u JOIN (SELECT DISTINCT "roadmapId" FROM "Progress" WHERE "userId" = ${userId}) p ON true
          WHERE u."id" = ${userId}) p) AS "progress",
      (SELECT coalesce(json_agg(t ORDER BY t."id"), '[]')::text FROM (
        SELECT "id", "name", "scopes", "revokedAt" FROM "ApiToken" WHERE "userId" = ${userId}) t) AS "tokens",
      json_build_array(
        (SELECT row_to_json(u) FROM (
          SELECT "login", "name", "email", "role", "profilePublic", "profileTimeZone" FROM "User"
          WHERE "id" = ${userId}) u),
        (SELECT json_agg(pr ORDER BY pr."position") FROM "ProfileRoadmap" pr WHERE pr."userId" = ${userId}),
        (SELECT row_to_json(c) FROM "CalendarFeed" c WHERE c."userId" = ${userId}),
        (SELECT json_agg(s."sessionToken" ORDER BY s."sessionToken") FROM "Session" s WHERE s."userId" = ${userId}),
        (SELECT json_agg(a ORDER BY a."providerAccountId") FROM "Account" a WHERE a."userId" = ${userId})
      )::text AS "account",
      (SELECT coalesce(json_agg(c ORDER BY c."id"), '[]')::text FROM (
        SELECT co."id", co."name", co."roadmapId", co."ownerId",
          (SELECT json_agg(m ORDER BY m."userId") FROM (
            SELECT "userId", "role", "showMeToCohort", "sharedNoteId" FROM "CohortMember"
            WHERE "cohortId" = co."id") m) AS "members",
          (SELECT row_to_json(i) FROM (
            SELECT "tokenHash", "uses", "maxUses", "expiresAt" FROM "CohortInvite" WHERE "cohortId" = co."id") i) AS "invite"
        FROM "Cohort" co
        WHERE co."ownerId" = ${userId}
          OR co."id" IN (SELECT "cohortId" FROM "CohortMember" WHERE "userId" = ${userId})) c) AS "cohorts"`;
  const byRoadmap = new Map<string, unknown[]>();
  for (const { roadmapId, row: entry } of row!.progress) {
    byRoadmap.set(roadmapId, [...(byRoadmap.get(roadmapId) ?? []), entry]);
  }
  return {
    progress: new Map([...byRoadmap].map(([id, rows]) => [id, JSON.stringify(rows)])),
    roadmaps: row!.roadmaps,
    tokens: row!.tokens,
    account: row!.account,
    cohorts: row!.cohorts,
  };
}
