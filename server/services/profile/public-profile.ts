import "server-only";

import { db } from "../../db/client";
import type { Completion } from "../../../shared/completion";
import { userActivity, type ActivitySummary } from "../activity/user-activity";
import { userCompletionByRoadmap } from "../progress/user-completion-by-roadmap";
import { PUBLIC_ROADMAP } from "../roadmaps/visibility/public-roadmap";
import { loadRoadmapContents } from "../roadmaps/content/roadmap-content";
import { findByLogin } from "../users/find-by-login";
import { profileLoginSchema } from "./profile-login";

export interface PublicProfile {
  login: string;
  name: string | null;
  avatarUrl: string | null;
  /** The zone the owner chose the profile in: days of the heatmap and streaks are theirs. */
  timeZone: string;
  roadmaps: { id: string; slug: string; title: string; completion: Completion }[];
  /** Changes on the shown roadmaps only. */
  activity: ActivitySummary;
  /** The owner's saved interface language (User.locale): the link-preview card's words follow it. */
  locale: string | null;
}

/**
 * A learner's public profile, the same for everyone who asks (signed out or
 * not, the owner included): the public roadmaps they chose with their
 * completion, and the heatmap and streaks of their changes on those roadmaps.
 * Never notes, statuses of single items, or anything on other roadmaps. The
 * login may be in any case (`login` in the answer is as GitHub writes it). Null
 * for an unknown login and for a profile that is not public, alike.
 */
export async function publicProfile(login: unknown, now = new Date()): Promise<PublicProfile | null> {
  const parsed = profileLoginSchema.safeParse(login);
  if (!parsed.success) return null;
  const user = await findByLogin(parsed.data, (login) =>
    db().user.findUnique({
      where: { login },
      select: {
        id: true,
        login: true,
        name: true,
        image: true,
        profilePublic: true,
        profileTimeZone: true,
        locale: true,
        profileRoadmaps: {
          where: { roadmap: PUBLIC_ROADMAP },
          orderBy: { position: "asc" },
          select: { roadmapId: true },
        },
      },
    }),
  );
  if (!user?.profilePublic || !user.login) return null;
  const ids = user.profileRoadmaps.map((entry) => entry.roadmapId);
  const contents = (await loadRoadmapContents(null, ids)).flatMap((content) => (content ? [content] : []));
  const [completion, activity] = await Promise.all([
    userCompletionByRoadmap(
      user.id,
      contents.map((content) => ({ id: content.roadmap.id, itemCount: content.items.length })),
    ),
    userActivity(user.id, { timeZone: user.profileTimeZone, now, roadmapIds: ids }),
  ]);
  return {
    login: user.login,
    name: user.name,
    avatarUrl: user.image,
    timeZone: user.profileTimeZone,
    roadmaps: contents.map((content) => ({
      id: content.roadmap.id,
      slug: content.roadmap.slug,
      title: content.roadmap.title,
      completion: completion.get(content.roadmap.id)!,
    })),
    activity,
    locale: user.locale,
  };
}
