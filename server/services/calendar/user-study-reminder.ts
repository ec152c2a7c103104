import "server-only";

import { createHash } from "node:crypto";
import { db } from "../../db/client";
import type { ItemStatus } from "../../db/generated/enums";
import { findRoadmapRefsBySlugs } from "../roadmaps/content/find-roadmap-ids";
import { loadRoadmapContentsAt } from "../roadmaps/content/roadmap-content";
import { reviewForecastOnRoadmap } from "../review/review-forecast";

export const NEXT_ITEMS_IN_REMINDER = 5;

export interface StudyReminder {
  uid: string;
  roadmap: { id: string; slug: string; title: string };
  /** Items in progress first, then those not started, in reading order. */
  nextItems: { title: string; sectionTitle: string }[];
  remaining: number;
  /** Days with reviews due on the roadmap (issue 23), in the learner's profile zone: a reminder each. */
  reviewDays: { date: string; count: number }[];
  /** The learner's saved interface language (User.locale), which the feed's words follow. */
  locale: string | null;
}

/**
 * What a user's study reminder for a roadmap says. Callers authorize (a session,
 * or the calendar secret): this trusts the user id. Two statements plus the
 * cached content, and one for the review days; null for an unknown roadmap and for one the user may not
 * see (someone else's private roadmap: its title must not reach a feed).
 */
export async function userStudyReminder(userId: string, roadmapSlug: string): Promise<StudyReminder | null> {
  const [ref] = await findRoadmapRefsBySlugs({ userId }, [roadmapSlug]);
  if (!ref) return null;
  const roadmapId = ref.id;
  const [[content], rows, user] = await Promise.all([
    loadRoadmapContentsAt([ref]),
    db().progress.findMany({ where: { userId, roadmapId }, select: { itemId: true, status: true } }),
    db().user.findUnique({ where: { id: userId }, select: { profileTimeZone: true, locale: true } }),
  ]);
  const reviewDays = await reviewForecastOnRoadmap(userId, roadmapId, user?.profileTimeZone ?? "UTC");
  if (!content) return null;
  const statusOf = new Map<string, ItemStatus>(rows.map((row) => [row.itemId, row.status]));
  const sectionTitle = new Map(content.sections.map((section) => [section.id, section.title]));
  const open = content.items.filter((item) => {
    const status = statusOf.get(item.id) ?? "NOT_STARTED";
    return status === "NOT_STARTED" || status === "IN_PROGRESS";
  });
  const inProgressFirst = [
    ...open.filter((item) => statusOf.get(item.id) === "IN_PROGRESS"),
    ...open.filter((item) => statusOf.get(item.id) !== "IN_PROGRESS"),
  ];
  return {
    // Not the user id itself: the file may be shared.
    uid: `study-${createHash("sha256").update(`${userId}:${roadmapId}`).digest("hex").slice(0, 24)}@waymark`,
    roadmap: { id: roadmapId, slug: content.roadmap.slug, title: content.roadmap.title },
    nextItems: inProgressFirst
      .slice(0, NEXT_ITEMS_IN_REMINDER)
      .map((item) => ({ title: item.title, sectionTitle: sectionTitle.get(item.sectionId) ?? "" })),
    remaining: open.length,
    reviewDays,
    locale: user?.locale ?? null,
  };
}
