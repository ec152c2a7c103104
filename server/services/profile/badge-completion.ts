import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import type { Completion } from "../../../shared/completion";
import { userCompletionByRoadmap } from "../progress/user-completion-by-roadmap";
import { PUBLIC_ROADMAP } from "../roadmaps/visibility/public-roadmap";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import { findByLogin } from "../users/find-by-login";
import { profileLoginSchema } from "./profile-login";

const slugSchema = z.string().min(1).max(100);

/**
 * What a badge shows: a learner's completion of one roadmap, only when their
 * profile is public, lists that roadmap, and the roadmap is public. Null
 * otherwise, whichever the reason, so a badge tells nothing about a private
 * profile or roadmap, not even that it exists. The login may be in any case.
 * With the learner's saved language, which the badge's words follow. Three statements (two more for a login written in another case than GitHub's).
 */
export async function badgeCompletion(
  login: unknown,
  roadmapSlug: unknown,
): Promise<{ title: string; completion: Completion; locale: string | null } | null> {
  const parsedLogin = profileLoginSchema.safeParse(login);
  const parsedSlug = slugSchema.safeParse(roadmapSlug);
  if (!parsedLogin.success || !parsedSlug.success) return null;
  const user = await findByLogin(parsedLogin.data, (login) =>
    db().user.findUnique({
      where: { login },
      select: {
        id: true,
        profilePublic: true,
        locale: true,
        profileRoadmaps: {
          where: { roadmap: { ...PUBLIC_ROADMAP, slug: parsedSlug.data } },
          select: { roadmapId: true },
        },
      },
    }),
  );
  const roadmapId = user?.profilePublic ? user.profileRoadmaps[0]?.roadmapId : undefined;
  if (!user || !roadmapId) return null;
  const [content] = await loadRoadmapContents(null, [roadmapId]);
  if (!content) return null;
  const completion = await userCompletionByRoadmap(user.id, [{ id: roadmapId, itemCount: content.items.length }]);
  return { title: content.roadmap.title, completion: completion.get(roadmapId)!, locale: user.locale };
}
