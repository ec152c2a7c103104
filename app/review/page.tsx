import type { Metadata } from "next";
import { cookies } from "next/headers";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { guestDashboardContent } from "@/server/services/dashboard/guest-dashboard-content";
import { loadReviewSession } from "@/server/services/review/review-session";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { GuestReviewSession } from "@/components/review/guest-review-session";
import { ReviewSession } from "@/components/review/review-session";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("ReviewPage"))("title") };
}

export const dynamic = "force-dynamic";

/** Today's review session: the finished items FSRS says are due, overdue first, within the daily limit. */
export default async function ReviewPage() {
  const viewer = await sessionViewer();
  if (!viewer) return <GuestReviewPage />;
  const timeZone = timeZoneFromCookie(await cookies());
  const [session, t] = await Promise.all([loadReviewSession(viewer, timeZone), pageTranslations("ReviewPage")]);
  const { dueToday: due, overdue } = session.counts;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTitle description={overdue > 0 ? t("descriptionOverdue", { due, overdue }) : t("description", { due })}>
        {t("title")}
      </PageTitle>
      <ReviewSession session={session} />
    </div>
  );
}

/** A visitor reviews what they finished in this browser; signing in keeps it. */
async function GuestReviewPage() {
  const t = await pageTranslations("ReviewPage");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTitle description={t("guestDescription")}>{t("title")}</PageTitle>
      <GuestReviewSession roadmaps={await guestDashboardContent()} />
    </div>
  );
}
