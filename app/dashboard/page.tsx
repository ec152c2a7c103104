import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const viewer = await sessionViewer();
  if (!viewer) return <GuestDashboardPage />;
  const timeZone = timeZoneFromCookie(await cookies());
  // The shell goes out at once; each section streams in behind its own skeleton.
  return (
    <div className="space-y-8">
      <header className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <PageTitle>Your dashboard</PageTitle>
          <Link href="/cohorts" className={buttonClass({ variant: "secondary", size: "bar" })}>
            Your cohorts
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

function GuestDashboardPage() {
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <PageTitle>Your dashboard</PageTitle>
        <GuestBanner signInEnabled={githubSignInEnabled()}>
          This is the progress kept in this browser.{" "}
          {githubSignInEnabled()
            ? "Sign in with GitHub to keep it on every device and to see your history: the burn-up chart, your activity over the year and your streaks."
            : "Sign-in is not configured on this server, so history charts and streaks are not available."}
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
