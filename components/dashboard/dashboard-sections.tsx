import Link from "next/link";
import { getLocale } from "next-intl/server";
import { pageTranslations } from "@/server/i18n/server-translator";
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
  return <ContinueItems items={await continueItems(viewer, await getLocale())} />;
}

export async function RoadmapsSection({ viewer, timeZone }: { viewer: Viewer; timeZone: string }) {
  const [roadmaps, t] = await Promise.all([
    getLocale().then((locale) => dashboardRoadmaps(viewer, timeZone, locale)),
    pageTranslations("Dashboard"),
  ]);
  if (roadmaps.length === 0) {
    return (
      <EmptyState>
        {t.rich("empty", {
          link: (chunks) => (
            <Link href="/" className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {chunks}
            </Link>
          ),
        })}
      </EmptyState>
    );
  }
  return roadmaps.map((roadmap) => (
    <RoadmapProgressCard key={roadmap.id} roadmap={roadmap}>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">{t("pace")}</h3>
        <PlanSummary plan={roadmap.plan} title={roadmap.title} />
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">{t("finishedOverTime")}</h3>
        <BurnUpChart title={roadmap.title} history={roadmap.history} projection={burnUpProjection(roadmap.plan)} />
      </div>
    </RoadmapProgressCard>
  ));
}

export async function ActivitySection({ viewer, timeZone }: { viewer: Viewer; timeZone: string }) {
  const [activity, t] = await Promise.all([activityOf(viewer, timeZone), pageTranslations("Dashboard")]);
  return (
    <Card as="section" padding="lg" aria-labelledby="activity-heading" className="space-y-3">
      <h2 id="activity-heading" className="text-lg font-semibold">
        {t("activity")}
      </h2>
      <ActivityHeatmap activity={activity} />
    </Card>
  );
}
