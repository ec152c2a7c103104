import "server-only";

import type { Prisma } from "../../../db/generated/client";
import type { RoadmapVisibility } from "../../../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../../../../shared/errors";
import type { Viewer } from "../../viewer";
import { canSeeRoadmap } from "../visibility/roadmap-access";

export interface EditableRoadmap {
  id: string;
  slug: string;
  ownerId: string | null;
  visibility: RoadmapVisibility;
}

/**
 * A roadmap the viewer may change: their own, or (administrators in a browser
 * session) a built-in one. A roadmap they may not see is NOT_FOUND, like one
 * that does not exist; one they see but do not own is FORBIDDEN. The row stays
 * locked until the transaction ends, so a save, a fork or a deletion running at
 * the same time waits instead of finding it gone halfway.
 */
export async function getEditableRoadmapOrThrow(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  roadmapId: string,
): Promise<EditableRoadmap> {
  const [roadmap] = await tx.$queryRaw<EditableRoadmap[]>`
    SELECT "id", "slug", "ownerId", "visibility" FROM "Roadmap" WHERE "id" = ${roadmapId} FOR UPDATE`;
  if (!roadmap || !canSeeRoadmap(viewer, roadmap)) throw new NotFoundError(`Roadmap ${roadmapId}`);
  if (roadmap.ownerId === viewer.userId) return roadmap;
  if (roadmap.ownerId === null && viewer.role === "ADMIN" && viewer.via === "session") return roadmap;
  throw new ForbiddenError(
    roadmap.ownerId === null
      ? "Only administrators can edit built-in roadmaps, from a browser session."
      : "Only the owner can change this roadmap; fork it to make your own copy.",
  );
}
