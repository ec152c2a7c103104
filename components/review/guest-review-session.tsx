"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { GuestDashboardRoadmap } from "@/server/services/dashboard/guest-dashboard-content";
import type { ReviewSession as Session } from "@/server/services/review/review-session";
import { readGuestReview, updateGuestReview } from "../guest/guest-review";
import { rateGuestItem, undoGuestRating } from "../guest/guest-review-state";
import { ReviewSession, type ReviewActions } from "./review-session";
import { guestReviewSession } from "./guest-review-session-data";

/** A guest's ratings stay in this browser until sign-in hands them to the account. */
const GUEST_ACTIONS: ReviewActions = {
  rate: async (item, rating) => updateGuestReview((review) => rateGuestItem(review, item.itemId, rating, new Date())),
  undo: async (itemId) => updateGuestReview((review) => undoGuestRating(review, itemId)),
};

/** /review for a visitor: the items they finished in this browser, due for review, with the same scheduler. */
export function GuestReviewSession({ roadmaps }: { roadmaps: GuestDashboardRoadmap[] }) {
  const t = useTranslations("ReviewSession");
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    // The browser's storage is only readable once mounted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(guestReviewSession(readGuestReview(), roadmaps, new Date()));
  }, [roadmaps]);
  if (!session) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("loading")}</p>;
  return <ReviewSession session={session} actions={GUEST_ACTIONS} />;
}
