import type { GuestDashboardRoadmap } from "@/server/services/dashboard/guest-dashboard-content";
import type { ReviewSession } from "@/server/services/review/review-session";
import { cardFromJson } from "@/shared/review/review-card";
import { REVIEW_LIMITS } from "@/shared/review/review-limits";
import { nextIntervals } from "@/shared/review/scheduler";
import { guestItemsDue, type GuestReview } from "../guest/guest-review-state";

/**
 * A guest's session, as the signed-in page's: what is due by the end of the
 * browser's today, within the default daily limit less today's ratings, with
 * each item's title and section from the built-in roadmaps' content.
 */
export function guestReviewSession(review: GuestReview, roadmaps: GuestDashboardRoadmap[], now: Date): ReviewSession {
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const endOfToday = new Date(startOfToday);
  endOfToday.setDate(endOfToday.getDate() + 1);
  const roadmapOf = new Map(roadmaps.flatMap((roadmap) => Object.keys(roadmap.items).map((id) => [id, roadmap])));
  const due = guestItemsDue(review, endOfToday).filter((itemId) => roadmapOf.has(itemId));
  const reviewedToday = Object.values(review)
    .flatMap((entry) => entry.ratings)
    .filter((rating) => Date.parse(rating.reviewedAt) >= startOfToday.getTime()).length;
  const dailyLimit = REVIEW_LIMITS.defaultDailyLimit;
  const remainingToday = Math.max(0, dailyLimit - reviewedToday);
  const items = due.slice(0, Math.min(20, remainingToday)).map((itemId) => {
    const roadmap = roadmapOf.get(itemId)!;
    const card = cardFromJson(review[itemId]!.card);
    return {
      itemId,
      title: roadmap.items[itemId]!.title,
      sectionTitle: roadmap.items[itemId]!.sectionTitle,
      roadmapTitle: roadmap.title,
      roadmapSlug: roadmap.slug,
      resources: [],
      noteHtml: null,
      reps: card.reps,
      intervals: nextIntervals(card, now, REVIEW_LIMITS.defaultDesiredRetention),
    };
  });
  return {
    counts: {
      dueToday: due.length,
      overdue: due.filter((itemId) => Date.parse(review[itemId]!.card.due) < startOfToday.getTime()).length,
      reviewedToday,
      dailyLimit,
      remainingToday,
    },
    items,
  };
}
