import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import { RoadmapVisibility } from "../../../db/generated/enums";
import { BadInputError, ForbiddenError, NotFoundError } from "../../../../shared/errors";
import { idSchema } from "../../ids";
import { validate } from "../../validate";
import { requireScope, type MaybeViewer } from "../../viewer";
import { canSeeRoadmap } from "./roadmap-access";
import { refusePrivateWhileFollowed } from "../../cohorts/refuse-private-while-followed";
import { recordRoadmapSkills } from "../../skills/record-roadmap-skills";

export const setRoadmapVisibilityInput = z.object({ roadmapId: idSchema, visibility: z.enum(RoadmapVisibility) });

/**
 * Changes who may see a learner's roadmap. Its owner chooses freely; an
 * administrator (in a browser session) may only take a learner's PUBLIC roadmap
 * off the Explore list (UNLISTED). Built-in roadmaps stay PUBLIC. The content
 * version is bumped: cached content carries the visibility.
 */
export async function setRoadmapVisibility(viewer: MaybeViewer, input: unknown): Promise<{ roadmapId: string }> {
  const known = requireScope(viewer, "WRITE_ROADMAPS");
  const { roadmapId, visibility } = validate(setRoadmapVisibilityInput, input);
  return db().$transaction(async (tx) => {
    // Locked: a deletion at the same time waits for this change, or this one finds nothing.
    const [roadmap] = await tx.$queryRaw<{ id: string; ownerId: string | null; visibility: RoadmapVisibility }[]>`
      SELECT "id", "ownerId", "visibility" FROM "Roadmap" WHERE "id" = ${roadmapId} FOR UPDATE`;
    if (!roadmap || !canSeeRoadmap(known, roadmap)) throw new NotFoundError(`Roadmap ${roadmapId}`);
    if (roadmap.ownerId === null) {
      throw new BadInputError("Built-in roadmaps are always public.", {
        fields: { visibility: "built-in roadmaps are always public" },
      });
    }
    const owner = roadmap.ownerId === known.userId;
    const adminUnlisting =
      known.role === "ADMIN" && known.via === "session" && roadmap.visibility === "PUBLIC" && visibility === "UNLISTED";
    if (!owner && !adminUnlisting) {
      throw new ForbiddenError(
        known.role === "ADMIN"
          ? "Administrators may only unlist a public roadmap (make it UNLISTED), from a browser session."
          : "Only the owner can change who sees this roadmap.",
      );
    }
    if (roadmap.visibility !== visibility) {
      if (visibility === "PRIVATE") await refusePrivateWhileFollowed(tx, roadmapId);
      await tx.roadmap.update({
        where: { id: roadmapId },
        data: { visibility, contentVersion: { increment: 1 } },
      });
      if (visibility === "PUBLIC") await recordRoadmapSkills(tx, roadmapId);
    }
    return { roadmapId };
  });
}
