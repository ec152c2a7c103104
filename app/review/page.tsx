import type { Metadata } from "next";
import { cookies } from "next/headers";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { guestDashboardContent } from "@/server/services/dashboard/guest-dashboard-content";
import { loadReviewSession } from "@/server/services/review/review-session";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { GuestReviewSession } from "@/components/review/guest-review-session";
import { ReviewSession } from "@/components/review/review-session";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

/** Today's review session: the finished items FSRS says are due, overdue first, within the daily limit. */
export default async function ReviewPage() {
  const viewer = await sessionViewer();
  if (!viewer) return <GuestReviewPage />;
  const timeZone = timeZoneFromCookie(await cookies());
  const session = await loadReviewSession(viewer, timeZone);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTitle
        description={`Recall what you finished, before you forget it. ${session.counts.dueToday} due today${
          session.counts.overdue > 0 ? `, ${session.counts.overdue} of them overdue` : ""
        }.`}
      >
        Review
      </PageTitle>
      <ReviewSession session={session} />
    </div>
  );
}

/** A visitor reviews what they finished in this browser; signing in keeps it. */
async function GuestReviewPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTitle description="Recall what you finished, before you forget it. Your review is kept in this browser until you sign in.">
        Review
      </PageTitle>
      <GuestReviewSession roadmaps={await guestDashboardContent()} />
    </div>
  );
}
