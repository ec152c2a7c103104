import { useTranslations } from "next-intl";
import { Card } from "../ui/card";

function Bar({ className = "" }: { className?: string }) {
  return (
    <div className={`animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-800 ${className}`} />
  );
}

/** The checklist's shape while the viewer's statuses and notes are on their way. */
export function ChecklistSkeleton() {
  const t = useTranslations("ChecklistSkeleton");
  return (
    <div className="space-y-6" data-testid="checklist-skeleton">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <div aria-hidden="true" className="space-y-6">
        <Bar className="h-3 w-full" />
        <Bar className="h-9 w-full max-w-xl" />
        {[0, 1, 2].map((section) => (
          <Card key={section} className="space-y-4">
            <Bar className="h-5 w-48" />
            {[0, 1, 2, 3].map((item) => (
              <Bar key={item} className="h-8" />
            ))}
          </Card>
        ))}
      </div>
    </div>
  );
}
