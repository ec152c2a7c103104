import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError, NotFoundError } from "../../../shared/errors";
import { idSchema } from "../ids";
import { LIVE_ITEM } from "../roadmaps/content/live-item";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { getCohortOrThrow, type CohortView } from "./cohort-access";

export const setCohortSharingInput = z.object({
  cohortId: idSchema,
  /** Left out: unchanged. */
  showMeToCohort: z.boolean().nullish(),
  /** The item whose note (the viewer's own, on the cohort's roadmap) to share; null unshares; left out: unchanged. */
  sharedNoteItemId: idSchema.nullish(),
});

/**
 * What the viewer shows the other members of a cohort (its owner and mentors see
 * their figures and statuses whatever they choose, as joining said): their name
 * and figures, and one note of theirs on the cohort's roadmap, shared on
 * purpose. Nothing else of theirs ever shows.
 */
export async function setCohortSharing(viewer: MaybeViewer, input: unknown): Promise<CohortView> {
  const known = requireScope(viewer, "COHORTS");
  const request = validate(setCohortSharingInput, input);
  const cohort = await getCohortOrThrow(known, request.cohortId);
  const data: { showMeToCohort?: boolean; sharedNoteId?: string | null } = {};
  if (request.showMeToCohort != null) data.showMeToCohort = request.showMeToCohort;
  if (request.sharedNoteItemId === null) data.sharedNoteId = null;
  if (request.sharedNoteItemId) {
    const note = await db().note.findFirst({
      where: {
        userId: known.userId,
        itemId: request.sharedNoteItemId,
        item: { ...LIVE_ITEM, roadmapId: cohort.roadmapId },
      },
      select: { id: true },
    });
    if (!note) {
      const message = "has no note of yours on the cohort's roadmap";
      throw new BadInputError(`sharedNoteItemId: ${message}`, { fields: { sharedNoteItemId: message } });
    }
    data.sharedNoteId = note.id;
  }
  const { count } = await db().cohortMember.updateMany({
    where: { cohortId: cohort.id, userId: known.userId },
    data,
  });
  if (count === 0) throw new NotFoundError(`Cohort ${cohort.id}`);
  return { ...cohort, viewerShowsMe: data.showMeToCohort ?? cohort.viewerShowsMe };
}
