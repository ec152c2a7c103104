import Link from "next/link";
import { cache } from "react";
import { activitySummary } from "@/server/services/activity/activity-summary";
import { continueItems, dashboardRoadmaps } from "@/server/services/dashboard/dashboard-data";
import type { Viewer } from "@/server/services/viewer";
import { PlanSummary } from "../plan/plan-summary";
import { burnUpProjection } from "../plan/burn-up-projection";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { ActivityHeatmap } from "./activity-heatmap";
import { BurnUpChart } from "./burn-up-chart";
import { ContinueItems } from "./continue-items";
import { RoadmapProgressCard } from "./roadmap-progress-card";
import { StreakStats } from "./streak-stats";

/*
 * The signed-in dashboard's sections, each an async server component that the
 * page wraps in its own Suspense boundary: the page's shell goes out at once and
 * each section streams in when its data is ready.
 */

// Streaks and the heatmap read the same summary: one query per request.
const activityOf = cache((viewer: Viewer, timeZone: string) => activitySummary(viewer, timeZone));

export async function StreaksSection({ viewer, timeZone }: { viewer: Viewer; timeZone: string }) {
  return <StreakStats activity={await activityOf(viewer, timeZone)} />;
}

export async function ContinueSection({ viewer }: { viewer: Viewer }) {
  return <ContinueItems items={await continueItems(viewer)} />;
}

export async function RoadmapsSection({ viewer, timeZone }: { viewer: Viewer; timeZone: string }) {
  const roadmaps = await dashboardRoadmaps(viewer, timeZone);
  if (roadmaps.length === 0) {
    return (
      <EmptyState>
        You have not started a roadmap yet.{" "}
        <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          Pick one
        </Link>{" "}
        and tick your first item.
      </EmptyState>
    );
  }
  return roadmaps.map((roadmap) => (
    <RoadmapProgressCard key={roadmap.id} roadmap={roadmap}>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">Pace and forecast</h3>
        <PlanSummary plan={roadmap.plan} title={roadmap.title} />
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">Finished over time</h3>
        <BurnUpChart title={roadmap.title} history={roadmap.history} projection={burnUpProjection(roadmap.plan)} />
      </div>
    </RoadmapProgressCard>
  ));
}

export async function ActivitySection({ viewer, timeZone }: { viewer: Viewer; timeZone: string }) {
  const activity = await activityOf(viewer, timeZone);
  return (
    <Card as="section" padding="lg" aria-labelledby="activity-heading" className="space-y-3">
      <h2 id="activity-heading" className="text-lg font-semibold">
        Activity
      </h2>
      <ActivityHeatmap activity={activity} />
    </Card>
  );
}
