import { useTranslations } from "next-intl";
import type { ActivitySummary } from "@/server/services/activity/activity-summary";
import { Card } from "../ui/card";

/** Current and longest streak, and this year's changes, as plain numbers. */
export function StreakStats({ activity }: { activity: ActivitySummary }) {
  const t = useTranslations("StreakStats");
  const stats = [
    { label: t("current"), value: activity.currentStreak, days: true, testId: "current-streak" },
    { label: t("longest"), value: activity.longestStreak, days: true, testId: "longest-streak" },
    { label: t("changes"), value: activity.totalChanges, days: false, testId: "total-changes" },
  ];
  return (
    <dl className="grid grid-cols-3 gap-3">
      {stats.map((stat) => (
        <Card key={stat.label} padding="sm" className="shadow-none">
          <dt className="text-xs text-slate-600 sm:text-sm dark:text-slate-400">{stat.label}</dt>
          <dd className="text-xl font-bold tabular-nums sm:text-2xl" data-testid={stat.testId}>
            {/* The figure large, its unit small: "3 days", the unit by the language's plural rules. */}
            {t("figure", { value: stat.value })}
            {stat.days && (
              <span className="ms-1 text-sm font-normal text-slate-600 dark:text-slate-400">
                {t("days", { count: stat.value })}
              </span>
            )}
          </dd>
        </Card>
      ))}
    </dl>
  );
}
