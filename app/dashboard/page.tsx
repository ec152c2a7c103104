import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { Suspense } from "react";
import { githubSignInEnabled } from "@/app/lib/auth/github-endpoints";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { dashboardData } from "@/app/lib/services/dashboard/dashboard-data";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ActivityHeatmap } from "@/components/dashboard/activity-heatmap";
import { RoadmapProgressCard } from "@/components/dashboard/roadmap-progress-card";
import { StreakStats } from "@/components/dashboard/streak-stats";
import { timeZoneFromCookie } from "@/app/lib/time-zone-cookie";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const viewer = await sessionViewer();
  if (!viewer) {
    return (
      <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h1 className="text-2xl font-bold">Your dashboard</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Sign in to see your completion charts, your activity over the year and your streaks. What you ticked as a
          guest is added to your account.
        </p>
        {githubSignInEnabled() ? (
          <div className="flex justify-center">
            <Suspense>
              <SignInForm />
            </Suspense>
          </div>
        ) : (
          <p>Sign-in is not configured on this server; your progress is kept in this browser.</p>
        )}
        <p>
          <Link href="/" className="text-indigo-700 underline dark:text-indigo-300">
            Browse the roadmaps
          </Link>
        </p>
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

      <section aria-labelledby="continue-heading" className="space-y-3">
        <h2 id="continue-heading" className="text-lg font-semibold">
          Continue where you left off
        </h2>
        {data.continueItems.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Nothing in progress. Mark an item in progress to find it here.
          </p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="continue-items">
            {data.continueItems.map((item) => (
              <li key={item.id}>
                <Link
                  href={`/roadmaps/${item.roadmapSlug}#item-${item.id}`}
                  className="block rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 hover:border-amber-500 dark:border-amber-800 dark:bg-amber-950/40"
                >
                  <span className="block font-medium">{item.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {item.roadmapTitle} · {item.sectionTitle}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.roadmaps.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
          You have not started a roadmap yet.{" "}
          <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            Pick one
          </Link>{" "}
          and tick your first item.
        </p>
      ) : (
        data.roadmaps.map((roadmap) => <RoadmapProgressCard key={roadmap.id} roadmap={roadmap} />)
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
