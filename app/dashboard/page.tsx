import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { Suspense } from "react";
import { githubSignInEnabled } from "@/server/auth/github-endpoints";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { guestDashboardContent } from "@/server/services/dashboard/guest-dashboard-content";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { GuestBanner } from "@/components/auth/guest-banner";
import {
  ActivitySection,
  ContinueSection,
  RoadmapsSection,
  StreaksSection,
} from "@/components/dashboard/dashboard-sections";
import {
  ActivitySkeleton,
  ContinueSkeleton,
  RoadmapsSkeleton,
  StreaksSkeleton,
} from "@/components/dashboard/dashboard-skeletons";
import { GuestDashboardLoader } from "@/components/dashboard/guest-dashboard-loader";
import { ReviewSection } from "@/components/dashboard/review-section";
import { buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Metadata"))("dashboard") };
}
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const viewer = await sessionViewer();
  if (!viewer) return <GuestDashboardPage />;
  const [jar, t] = await Promise.all([cookies(), pageTranslations("Dashboard")]);
  const timeZone = timeZoneFromCookie(jar);
  // The shell goes out at once; each section streams in behind its own skeleton.
  return (
    <div className="space-y-8">
      <header className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <PageTitle>{t("title")}</PageTitle>
          <Link href="/cohorts" className={buttonClass({ variant: "secondary", size: "bar" })}>
            {t("cohorts")}
          </Link>
        </div>
        <Suspense fallback={<StreaksSkeleton />}>
          <StreaksSection viewer={viewer} timeZone={timeZone} />
        </Suspense>
      </header>
      <Suspense fallback={null}>
        <ReviewSection viewer={viewer} timeZone={timeZone} />
      </Suspense>
      <Suspense fallback={<ContinueSkeleton />}>
        <ContinueSection viewer={viewer} />
      </Suspense>
      <Suspense fallback={<RoadmapsSkeleton />}>
        <RoadmapsSection viewer={viewer} timeZone={timeZone} />
      </Suspense>
      <Suspense fallback={<ActivitySkeleton />}>
        <ActivitySection viewer={viewer} timeZone={timeZone} />
      </Suspense>
    </div>
  );
}

async function GuestDashboardPage() {
  const t = await pageTranslations("Dashboard");
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <PageTitle>{t("title")}</PageTitle>
        <GuestBanner signInEnabled={githubSignInEnabled()}>
          {t("guestIntro")} {githubSignInEnabled() ? t("guestSignIn") : t("guestNoSignIn")}
        </GuestBanner>
      </header>
      <Suspense fallback={<RoadmapsSkeleton />}>
        <GuestDashboardContent />
      </Suspense>
    </div>
  );
}

async function GuestDashboardContent() {
  return <GuestDashboardLoader roadmaps={await guestDashboardContent()} />;
}
