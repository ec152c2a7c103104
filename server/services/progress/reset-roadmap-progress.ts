import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { NotFoundError } from "../../../shared/errors";
import { idSchema } from "../ids";
import { notFoundIfGone } from "../not-found-if-gone";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { visibleRoadmapWhere } from "../roadmaps/visibility/roadmap-access";
import { applyStatusChanges, batchTransaction } from "./apply-status-changes";
import { sharedSkills } from "../skills/shared-skills";

export const resetRoadmapProgressInput = z.object({
  roadmapId: idSchema,
  /** Also reset the skills the roadmap shares with the learner's other roadmaps (they then reset there too). */
  resetSharedSkills: z.boolean().nullish(),
});

/**
 * Puts every item of a roadmap back to NOT_STARTED for the viewer. Each reset item
 * gets its history event, marked RESET: the burn-up falls with it and exports keep
 * it, but it is not study, so activity and streaks leave it out (and pace counts
 * nothing from before it). Notes are kept. Items claiming a skill that the learner's
 * other roadmaps share keep their status unless `resetSharedSkills` says otherwise (their
 * status is the skill's, on every roadmap: resetting them resets it everywhere).
 */
export async function resetRoadmapProgress(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ roadmapId: string; reset: number }> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { roadmapId, resetSharedSkills } = validate(resetRoadmapProgressInput, input);
  return notFoundIfGone(`Roadmap ${roadmapId}`, () =>
    db().$transaction(async (tx) => {
      const roadmap = await tx.roadmap.findFirst({
        where: { id: roadmapId, ...visibleRoadmapWhere(viewer) },
        select: { id: true },
      });
      if (!roadmap) throw new NotFoundError(`Roadmap ${roadmapId}`);
      const kept = resetSharedSkills ? [] : (await sharedSkills(tx, writer.userId, roadmapId)).map(({ name }) => name);
      const started = await tx.progress.findMany({
        where: {
          userId: writer.userId,
          roadmapId,
          status: { not: "NOT_STARTED" },
          ...(kept.length > 0 ? { item: { OR: [{ skill: null }, { skill: { notIn: kept } }] } } : {}),
        },
        select: { itemId: true },
      });
      const applied = await applyStatusChanges(
        tx,
        writer,
        started.map(({ itemId }) => ({ itemId, roadmapId, status: "NOT_STARTED" as const })),
        { kind: "RESET" },
      );
      return { roadmapId, reset: applied.length };
    }, batchTransaction()),
  );
}
