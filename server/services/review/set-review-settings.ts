import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError, NotFoundError } from "../../../shared/errors";
import { REVIEW_LIMITS } from "../../../shared/review/review-limits";
import { enterReview } from "../../../shared/review/scheduler";
import { idSchema } from "../ids";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { visibleRoadmapWhere } from "../roadmaps/visibility/roadmap-access";
import { utcTimestamp } from "./review-card-row";
import { loadReviewSettings, type ReviewSettingsRecord } from "./review-settings";

export const setReviewSettingsInput = z
  .object({
    roadmapId: idSchema.nullish(),
    /** Review on the roadmap (with roadmapId). */
    enabled: z.boolean().nullish(),
    dailyLimit: z
      .number()
      .int()
      .min(1, "must be at least 1")
      .max(REVIEW_LIMITS.maxDailyLimit, `must be at most ${REVIEW_LIMITS.maxDailyLimit}`)
      .nullish(),
    desiredRetention: z
      .number()
      .min(REVIEW_LIMITS.minDesiredRetention, `must be at least ${REVIEW_LIMITS.minDesiredRetention}`)
      .max(REVIEW_LIMITS.maxDesiredRetention, `must be at most ${REVIEW_LIMITS.maxDesiredRetention}`)
      .refine(
        (retention) => Math.abs(retention * 100 - Math.round(retention * 100)) < 1e-6,
        "must be a whole percent, such as 0.9",
      )
      .transform((retention) => Math.round(retention * 100) / 100)
      .nullish(),
  })
  .refine((input) => (input.roadmapId == null) === (input.enabled == null), {
    message: "roadmapId and enabled go together",
    path: ["enabled"],
  });

/**
 * Changes the viewer's review settings; what the input leaves out stays.
 * Turning review off on a roadmap takes its items out of review (their ratings
 * stay in the history); turning it on puts its finished items in, due from now.
 */
export async function setReviewSettings(viewer: MaybeViewer, input: unknown): Promise<ReviewSettingsRecord> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { roadmapId, enabled, dailyLimit, desiredRetention } = validate(setReviewSettingsInput, input);
  const userId = writer.userId;
  if (roadmapId == null && dailyLimit == null && desiredRetention == null) {
    throw new BadInputError("Nothing to change: give roadmapId and enabled, dailyLimit, or desiredRetention.");
  }
  await db().$transaction(async (tx) => {
    if (dailyLimit != null || desiredRetention != null) {
      await tx.reviewSettings.upsert({
        where: { userId },
        create: {
          userId,
          dailyLimit: dailyLimit ?? REVIEW_LIMITS.defaultDailyLimit,
          desiredRetention: desiredRetention ?? REVIEW_LIMITS.defaultDesiredRetention,
        },
        update: { ...(dailyLimit != null && { dailyLimit }), ...(desiredRetention != null && { desiredRetention }) },
      });
    }
    if (roadmapId == null || enabled == null) return;
    const roadmap = await tx.roadmap.findFirst({
      where: { id: roadmapId, ...visibleRoadmapWhere(writer) },
      select: { id: true },
    });
    if (!roadmap) throw new NotFoundError(`Roadmap ${roadmapId}`);
    await tx.reviewRoadmapSetting.upsert({
      where: { userId_roadmapId: { userId, roadmapId } },
      create: { userId, roadmapId, enabled },
      update: { enabled },
    });
    if (!enabled) {
      await tx.reviewCard.deleteMany({ where: { userId, roadmapId } });
      return;
    }
    const retention = (await tx.reviewSettings.findUnique({ where: { userId } }))?.desiredRetention;
    const card = enterReview(new Date(), retention ?? REVIEW_LIMITS.defaultDesiredRetention);
    // Every finished item enters at once, with the same first card.
    await tx.$executeRaw`
      INSERT INTO "ReviewCard" ("userId", "itemId", "roadmapId", "due", "stability", "difficulty", "reps", "lapses",
        "state", "scheduledDays", "learningSteps", "lastReview", "enteredAt", "enteredRetention")
      SELECT p."userId", p."itemId", p."roadmapId", ${utcTimestamp(card.due)}, ${card.stability}, ${card.difficulty},
        ${card.reps}, ${card.lapses}, ${card.state}, ${card.scheduledDays}, ${card.learningSteps},
        ${utcTimestamp(card.lastReview)}, ${utcTimestamp(card.enteredAt)}, ${card.enteredRetention}
      FROM "Progress" p
      WHERE p."userId" = ${userId} AND p."roadmapId" = ${roadmapId} AND p."status" = 'DONE'
      ON CONFLICT ("userId", "itemId") DO NOTHING`;
  });
  return loadReviewSettings(userId);
}
