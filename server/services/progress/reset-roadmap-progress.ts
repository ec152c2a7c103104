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

export const resetRoadmapProgressInput = z.object({ roadmapId: idSchema });

/**
 * Puts every item of a roadmap back to NOT_STARTED for the viewer. Each reset item
 * gets its history event, marked RESET: the burn-up falls with it and exports keep
 * it, but it is not study, so activity and streaks leave it out (and pace counts
 * nothing from before it). Notes are kept.
 */
export async function resetRoadmapProgress(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ roadmapId: string; reset: number }> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { roadmapId } = validate(resetRoadmapProgressInput, input);
  return notFoundIfGone(`Roadmap ${roadmapId}`, () =>
    db().$transaction(async (tx) => {
      const roadmap = await tx.roadmap.findFirst({
        where: { id: roadmapId, ...visibleRoadmapWhere(viewer) },
        select: { id: true },
      });
      if (!roadmap) throw new NotFoundError(`Roadmap ${roadmapId}`);
      const started = await tx.progress.findMany({
        where: { userId: writer.userId, roadmapId, status: { not: "NOT_STARTED" } },
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
