import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import { ForbiddenError } from "../../../../shared/errors";
import { idSchema } from "../../ids";
import { retryOnDeadlock } from "../../retry-on-deadlock";
import { validate } from "../../validate";
import { requireScope, type MaybeViewer } from "../../viewer";
import { getEditableRoadmapOrThrow } from "./get-editable-roadmap-or-throw";

export const deleteRoadmapInput = z.object({ roadmapId: idSchema });

/**
 * Deletes one of the viewer's roadmaps with everything on it: its sections,
 * items and resources, and every learner's statuses, history and notes on it
 * (a public roadmap's followers lose their progress on it; forks they made are
 * theirs and stay, no longer linked back). Built-in roadmaps cannot be deleted
 * here. Someone else's roadmap is FORBIDDEN, or NOT_FOUND when they may not see it.
 */
export async function deleteRoadmap(viewer: MaybeViewer, input: unknown): Promise<boolean> {
  const known = requireScope(viewer, "WRITE_ROADMAPS");
  const { roadmapId } = validate(deleteRoadmapInput, input);
  // Its cascade can deadlock with followers' writes on the same rows (see retryOnDeadlock).
  return retryOnDeadlock(() =>
    db().$transaction(async (tx) => {
      const roadmap = await getEditableRoadmapOrThrow(tx, known, roadmapId);
      if (roadmap.ownerId === null) throw new ForbiddenError("Built-in roadmaps cannot be deleted.");
      await tx.roadmap.delete({ where: { id: roadmap.id } });
      return true;
    }),
  );
}
