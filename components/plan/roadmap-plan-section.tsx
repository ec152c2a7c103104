import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { roadmapPlans } from "@/server/services/plan/roadmap-plans";
import { badgePath, profilePath } from "@/server/services/profile/profile-login";
import { profileSettings } from "@/server/services/profile/profile-settings";
import type { RoadmapContent } from "@/server/services/roadmaps/content/roadmap-content";
import type { Viewer } from "@/server/services/viewer";
import { calendarPath } from "@/shared/calendar/calendar-address";
import { BadgePreview } from "../share/badge-preview";
import { Card } from "../ui/card";
import { LivePlanSummary } from "./live-plan-summary";
import { CalendarDownloadLoader, CopyBadgeMarkdownLoader, GoalFormLoader } from "./plan-tools-loader";

const disclosure = "cursor-pointer text-sm font-medium text-indigo-700 dark:text-indigo-300";

/**
 * The learner's plan on the roadmap page: pace and forecast at a glance; the
 * goals, the badge and the calendar folded away until asked for.
 */
export async function RoadmapPlanSection({
  viewer,
  content,
  timeZone,
}: {
  viewer: Viewer;
  content: RoadmapContent;
  timeZone: string;
}) {
  const { roadmap } = content;
  const [plans, settings, t] = await Promise.all([
    roadmapPlans(viewer, [content], timeZone),
    profileSettings(viewer),
    pageTranslations("RoadmapPlan"),
  ]);
  const plan = plans.get(roadmap.id)!;
  const shown = settings.public && settings.roadmapIds.includes(roadmap.id);
  return (
    <Card as="section" aria-labelledby="plan-heading" className="space-y-4" data-testid="roadmap-plan">
      <h2 id="plan-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <LivePlanSummary
        roadmapId={roadmap.id}
        slug={roadmap.slug}
        timeZone={timeZone}
        plan={plan}
        title={roadmap.title}
      />
      <div className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        <details className="py-2" data-testid="goals-disclosure">
          <summary className={disclosure}>{t("goals")}</summary>
          <div className="pt-3">
            <GoalFormLoader
              roadmapId={roadmap.id}
              targetDate={plan.targetDate}
              weeklyGoal={plan.weeklyGoal}
              timeZone={timeZone}
            />
          </div>
        </details>
        {settings.login && (
          <details className="py-2" data-testid="badge-disclosure">
            <summary className={disclosure}>{t("badge")}</summary>
            <div className="space-y-3 pt-3 text-sm">
              <BadgePreview badgePath={badgePath(settings.login, roadmap.slug)} title={roadmap.title} />
              {!shown && (
                <p className="text-slate-700 dark:text-slate-300">
                  {t.rich("badgeHidden", {
                    link: (chunks) => (
                      <Link
                        href="/settings/profile"
                        className="font-medium text-indigo-700 underline dark:text-indigo-300"
                      >
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
              )}
              <CopyBadgeMarkdownLoader
                badgePath={badgePath(settings.login, roadmap.slug)}
                profilePath={profilePath(settings.login)}
                title={roadmap.title}
              />
            </div>
          </details>
        )}
        <details className="py-2" data-testid="calendar-disclosure">
          <summary className={disclosure}>{t("calendar")}</summary>
          <div className="space-y-3 pt-3 text-sm">
            <p className="text-slate-700 dark:text-slate-300">
              {t.rich("calendarText", {
                link: (chunks) => (
                  <Link
                    href="/settings/profile#calendar"
                    className="font-medium text-indigo-700 underline dark:text-indigo-300"
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <CalendarDownloadLoader calendarUrl={calendarPath(roadmap.slug)} />
          </div>
        </details>
      </div>
    </Card>
  );
}

/** The plan's shape while it is computed. */
export function RoadmapPlanSkeleton() {
  return (
    <Card aria-hidden="true" className="space-y-3">
      <div className="h-5 w-32 animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-800" />
      <div className="h-12 animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-800" />
    </Card>
  );
}
