import "server-only";

import { db } from "../../db/client";
import { hashTokenSecret } from "../tokens/token-secret";
import { looksLikeCalendarSecret } from "./calendar-feed-secret";
import { userStudyReminder, type StudyReminder } from "./user-study-reminder";

/**
 * The study reminder a calendar subscription URL serves: the secret stands for
 * its owner, for this and nothing else. Null for a malformed, unknown or
 * revoked secret and for an unknown roadmap, alike.
 */
export async function studyReminderByFeedSecret(
  secret: string,
  roadmapSlug: string,
): Promise<(StudyReminder & { feedCreatedAt: Date }) | null> {
  if (!looksLikeCalendarSecret(secret)) return null;
  const feed = await db().calendarFeed.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { userId: true, createdAt: true },
  });
  if (!feed) return null;
  const reminder = await userStudyReminder(feed.userId, roadmapSlug);
  return reminder && { ...reminder, feedCreatedAt: feed.createdAt };
}
