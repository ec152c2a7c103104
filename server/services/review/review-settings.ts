import "server-only";

import { db } from "../../db/client";
import { REVIEW_LIMITS } from "../../../shared/review/review-limits";
import { requireScope, type MaybeViewer } from "../viewer";

export interface ReviewSettingsRecord {
  dailyLimit: number;
  desiredRetention: number;
  /** The roadmaps the learner turned review off on (on everywhere else). */
  disabledRoadmapIds: string[];
}

/** A learner's review settings, defaults where they changed nothing: one statement. */
export async function loadReviewSettings(userId: string): Promise<ReviewSettingsRecord> {
  const [row] = await db().$queryRaw<
    { dailyLimit: number | null; desiredRetention: number | null; disabledRoadmapIds: string[] }[]
  >`
    SELECT s."dailyLimit", s."desiredRetention",
      ARRAY(SELECT r."roadmapId" FROM "ReviewRoadmapSetting" r
        WHERE r."userId" = ${userId} AND NOT r."enabled" ORDER BY r."roadmapId") AS "disabledRoadmapIds"
    FROM (SELECT 1) AS one LEFT JOIN "ReviewSettings" s ON s."userId" = ${userId}`;
  return {
    dailyLimit: row?.dailyLimit ?? REVIEW_LIMITS.defaultDailyLimit,
    desiredRetention: row?.desiredRetention ?? REVIEW_LIMITS.defaultDesiredRetention,
    disabledRoadmapIds: row?.disabledRoadmapIds ?? [],
  };
}

/** The viewer's review settings (READ_PROGRESS). */
export async function viewerReviewSettings(viewer: MaybeViewer): Promise<ReviewSettingsRecord> {
  return loadReviewSettings(requireScope(viewer, "READ_PROGRESS").userId);
}
