import "server-only";

import type { Prisma } from "../../db/generated/client";
import type { ItemStatus } from "../../db/generated/enums";
import { firstReviews } from "../../../shared/review/first-reviews";

type Sql = Pick<Prisma.TransactionClient, "$executeRaw">;

export interface ReviewSyncChange {
  itemId: string;
  roadmapId: string;
  to: ItemStatus;
  /** When the status was set; absent: now. */
  at?: Date | null;
}

/**
 * Keeps review in step with statuses after they were written, in one statement
 * whatever the number of changes: an item now DONE enters review (a card whose
 * first due date FSRS gives at the learner's desired retention, unless it has
 * one or review is off on its roadmap), an item no longer DONE leaves it. Both
 * sides read the status as stored, not as the changes say, so concurrent
 * writers that call this in any order end where the statuses are.
 */
export async function syncReviewCards(sql: Sql, userId: string, changes: readonly ReviewSyncChange[]): Promise<void> {
  if (changes.length === 0) return;
  const last = new Map<string, ReviewSyncChange>();
  for (const change of changes) last.set(change.itemId, change);
  const finished = [...last.values()].filter((change) => change.to === "DONE");
  const now = new Date();
  const { card, retentions, days } = firstReviews();
  await sql.$executeRaw`
    WITH removed AS (
      DELETE FROM "ReviewCard" rc USING "Progress" p
      WHERE rc."userId" = ${userId} AND rc."itemId" = ANY(${[...last.keys()]}::text[])
        AND p."userId" = rc."userId" AND p."itemId" = rc."itemId" AND p."status" <> 'DONE'
    ),
    retention AS (
      SELECT COALESCE((SELECT "desiredRetention" FROM "ReviewSettings" WHERE "userId" = ${userId}), 0.9) AS "r"
    ),
    first AS (
      SELECT retention."r", t."days" FROM retention
      JOIN unnest(${retentions}::float8[], ${days}::int[]) AS t("r", "days")
        ON round(t."r"::numeric, 2) = round(retention."r"::numeric, 2)
    )
    INSERT INTO "ReviewCard" ("userId", "itemId", "roadmapId", "due", "stability", "difficulty", "reps", "lapses",
      "state", "scheduledDays", "learningSteps", "lastReview", "enteredAt", "enteredRetention")
    SELECT ${userId}, c."itemId", c."roadmapId", c."at" + make_interval(days => first."days"), ${card.stability},
      ${card.difficulty}, ${card.reps}, ${card.lapses}, ${card.state}, first."days", ${card.learningSteps},
      c."at", c."at", first."r"
    FROM unnest(
      ${finished.map((change) => change.itemId)}::text[], ${finished.map((change) => change.roadmapId)}::text[],
      ${finished.map((change) => (change.at ?? now).toISOString())}::text[]
    ) AS input("itemId", "roadmapId", "at")
    CROSS JOIN LATERAL (SELECT input."itemId", input."roadmapId", input."at"::timestamptz AT TIME ZONE 'UTC' AS "at") AS c
    CROSS JOIN first
    JOIN "Progress" p ON p."userId" = ${userId} AND p."itemId" = c."itemId" AND p."status" = 'DONE'
    WHERE NOT EXISTS (
      SELECT 1 FROM "ReviewRoadmapSetting" off
      WHERE off."userId" = ${userId} AND off."roadmapId" = c."roadmapId" AND NOT off."enabled"
    )
    ON CONFLICT ("userId", "itemId") DO NOTHING`;
}
