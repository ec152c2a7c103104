import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { Suspense } from "react";
import { githubSignInEnabled } from "@/app/lib/auth/github-endpoints";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { dashboardData } from "@/app/lib/services/dashboard/dashboard-data";
import { SignInForm } from "@/components/auth/sign-in-form";
import { guestDashboardContent } from "@/app/lib/services/dashboard/guest-dashboard-content";
import { ActivityHeatmap } from "@/components/dashboard/activity-heatmap";
import { BurnUpChart } from "@/components/dashboard/burn-up-chart";
import { ContinueItems } from "@/components/dashboard/continue-items";
import { GuestDashboardLoader } from "@/components/dashboard/guest-dashboard-loader";
import { RoadmapProgressCard } from "@/components/dashboard/roadmap-progress-card";
import { StreakStats } from "@/components/dashboard/streak-stats";
import { timeZoneFromCookie } from "@/app/lib/time-zone-cookie";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const viewer = await sessionViewer();
  if (!viewer) {
    return (
      <div className="space-y-8">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your dashboard</h1>
          <div className="flex flex-col gap-3 rounded-lg border border-indigo-200 bg-indigo-50 p-4 text-sm sm:flex-row sm:items-center sm:justify-between dark:border-indigo-900 dark:bg-indigo-950/50">
            <p>
              This is the progress kept in this browser.{" "}
              {githubSignInEnabled()
                ? "Sign in with GitHub to keep it on every device and to see your history: the burn-up chart, your activity over the year and your streaks."
                : "Sign-in is not configured on this server, so history charts and streaks are not available."}
            </p>
            {githubSignInEnabled() && (
              <Suspense>
                <SignInForm className="shrink-0" />
              </Suspense>
            )}
          </div>
        </header>
        <GuestDashboardLoader roadmaps={await guestDashboardContent()} />
      </div>
    );
  }
  const data = await dashboardData(viewer, timeZoneFromCookie(await cookies()));
  return (
    <div className="space-y-8">
      <header className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your dashboard</h1>
        <StreakStats activity={data.activity} />
      </header>

      <ContinueItems items={data.continueItems} />

      {data.roadmaps.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
          You have not started a roadmap yet.{" "}
          <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            Pick one
          </Link>{" "}
          and tick your first item.
        </p>
      ) : (
        data.roadmaps.map((roadmap) => (
          <RoadmapProgressCard key={roadmap.id} roadmap={roadmap}>
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">Finished over time</h3>
              <BurnUpChart title={roadmap.title} history={roadmap.history} />
            </div>
          </RoadmapProgressCard>
        ))
      )}

      <section
        aria-labelledby="activity-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="activity-heading" className="text-lg font-semibold">
          Activity
        </h2>
        <ActivityHeatmap activity={data.activity} />
      </section>
    </div>
  );
}
