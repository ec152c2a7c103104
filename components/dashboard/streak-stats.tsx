import type { ActivitySummary } from "@/server/services/activity/activity-summary";
import { Card } from "../ui/card";

/** Current and longest streak, and this year's changes, as plain numbers. */
export function StreakStats({ activity }: { activity: ActivitySummary }) {
  const stats = [
    { label: "Current streak", value: activity.currentStreak, unit: "day", testId: "current-streak" },
    { label: "Longest streak", value: activity.longestStreak, unit: "day", testId: "longest-streak" },
    { label: "Changes in 52 weeks", value: activity.totalChanges, unit: "", testId: "total-changes" },
  ];
  return (
    <dl className="grid grid-cols-3 gap-3">
      {stats.map((stat) => (
        <Card key={stat.label} padding="sm" className="shadow-none">
          <dt className="text-xs text-slate-600 sm:text-sm dark:text-slate-400">{stat.label}</dt>
          <dd className="text-xl font-bold tabular-nums sm:text-2xl" data-testid={stat.testId}>
            {stat.value}
            {stat.unit && (
              <span className="ml-1 text-sm font-normal text-slate-600 dark:text-slate-400">
                {stat.unit}
                {stat.value === 1 ? "" : "s"}
              </span>
            )}
          </dd>
        </Card>
      ))}
    </dl>
  );
}
