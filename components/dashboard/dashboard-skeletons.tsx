import { useTranslations } from "next-intl";
import { Card } from "../ui/card";

/*
 * What the dashboard shows while a section's data is on its way: the section's
 * shape in pulsing grey, so nothing jumps when it arrives. Announced once to
 * assistive technology, then hidden from it.
 */

function Bar({ className = "" }: { className?: string }) {
  return (
    <div className={`animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-800 ${className}`} />
  );
}

export function StreaksSkeleton() {
  return (
    <div className="grid grid-cols-3 gap-3" aria-hidden="true" data-testid="streaks-skeleton">
      {[0, 1, 2].map((key) => (
        <Card key={key} padding="sm" className="space-y-2 shadow-none">
          <Bar className="h-3 w-2/3" />
          <Bar className="h-6 w-1/3" />
        </Card>
      ))}
    </div>
  );
}

export function ContinueSkeleton() {
  return (
    <div className="space-y-3" aria-hidden="true">
      <Bar className="h-5 w-56" />
      <div className="grid gap-2 sm:grid-cols-2">
        <Bar className="h-14" />
        <Bar className="h-14" />
      </div>
    </div>
  );
}

export function RoadmapsSkeleton() {
  return (
    <Card padding="lg" className="space-y-6" aria-hidden="true" data-testid="roadmaps-skeleton">
      <Bar className="h-6 w-64" />
      <div className="grid gap-6 md:grid-cols-[auto_1fr]">
        <Bar className="h-32 w-32 rounded-full" />
        <div className="space-y-3">
          {[0, 1, 2, 3, 4].map((key) => (
            <Bar key={key} className="h-3" />
          ))}
        </div>
      </div>
      <Bar className="h-40" />
    </Card>
  );
}

export function ActivitySkeleton() {
  return (
    <Card padding="lg" className="space-y-3" aria-hidden="true">
      <Bar className="h-5 w-24" />
      <Bar className="h-28" />
    </Card>
  );
}

/** The whole page at once (loading.tsx): the header, then each section's skeleton. */
export function DashboardSkeleton() {
  const t = useTranslations("DashboardSkeleton");
  return (
    <div className="space-y-8">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <StreaksSkeleton />
      <ContinueSkeleton />
      <RoadmapsSkeleton />
      <ActivitySkeleton />
    </div>
  );
}
