import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { BadInputError } from "../../../shared/errors";
import { checkTimeZone } from "../../../shared/time-zone";
import { idSchema } from "../ids";
import { validate } from "../validate";
import { requireSession, type MaybeViewer } from "../viewer";
import { shareableRoadmapWhere } from "./shareable-roadmaps";

export const MAX_PROFILE_ROADMAPS = 50;

export const setProfileVisibilityInput = z.object({
  public: z.boolean(),
  // Left out: the choice stays as it is.
  roadmapIds: z
    .array(idSchema)
    .max(MAX_PROFILE_ROADMAPS, `at most ${MAX_PROFILE_ROADMAPS} roadmaps`)
    .refine((ids) => new Set(ids).size === ids.length, "lists a roadmap twice")
    .nullable()
    .optional(),
  timeZone: z
    .string()
    .max(100)
    .refine((zone) => {
      try {
        return checkTimeZone(zone) === zone;
      } catch {
        return false;
      }
    }, "is not an IANA time zone such as Europe/Paris")
    .nullable()
    .optional(),
});

/**
 * Makes the viewer's profile public or private, and sets which roadmaps it
 * shows (in the order given: public ones of their own or that they follow) and
 * the time zone its days are cut in.
 * Publishing is an account decision: it needs a browser session, never a token,
 * so a leaked token cannot expose a learner.
 */
export async function setProfileVisibility(viewer: MaybeViewer, input: unknown): Promise<{ userId: string }> {
  const { userId } = requireSession(viewer);
  const { public: isPublic, roadmapIds, timeZone } = validate(setProfileVisibilityInput, input);
  await db().$transaction(async (tx) => {
    if (roadmapIds) {
      const shown = await tx.roadmap.findMany({
        where: { AND: [shareableRoadmapWhere(userId), { id: { in: roadmapIds } }] },
        select: { id: true },
      });
      const known = new Set(shown.map((roadmap) => roadmap.id));
      const unknown = roadmapIds.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new BadInputError(
          `A profile shows only public roadmaps of your own or that you follow; not ${unknown.join(", ")}.`,
          { fields: { roadmapIds: "names a roadmap that is not public, or neither yours nor one you follow" } },
        );
      }
      await tx.profileRoadmap.deleteMany({ where: { userId } });
      await tx.profileRoadmap.createMany({
        data: roadmapIds.map((roadmapId, position) => ({ userId, roadmapId, position })),
      });
    }
    await tx.user.update({
      where: { id: userId },
      data: { profilePublic: isPublic, ...(timeZone && { profileTimeZone: timeZone }) },
    });
  });
  return { userId };
}
