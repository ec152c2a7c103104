import { Card } from "@/components/ui/card";

/** Shown the moment a member navigates to a cohort, while its figures load. */
export default function CohortLoading() {
  return (
    <div className="space-y-8" aria-busy="true" aria-label="Loading the cohort">
      <div className="h-9 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <Card className="space-y-2">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="h-6 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
        ))}
      </Card>
    </div>
  );
}
