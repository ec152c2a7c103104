import Link from "next/link";
import type { DashboardRoadmap } from "@/app/lib/services/dashboard/dashboard-data";
import { CompletionBar } from "../ui/completion-bar";
import { BurnUpChart } from "./burn-up-chart";
import { CompletionRing } from "./completion-ring";

/** One followed roadmap: overall ring, a bar per section, and the burn-up chart. */
export function RoadmapProgressCard({ roadmap }: { roadmap: DashboardRoadmap }) {
  return (
    <section
      aria-labelledby={`dash-${roadmap.slug}`}
      data-testid={`dashboard-roadmap-${roadmap.slug}`}
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={`dash-${roadmap.slug}`} className="text-xl font-semibold">
        <Link href={`/roadmaps/${roadmap.slug}`} className="hover:underline">
          {roadmap.title}
        </Link>
      </h2>
      <div className="grid gap-6 md:grid-cols-[auto_1fr]">
        <CompletionRing title={roadmap.title} completion={roadmap.completion} />
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">By section</h3>
          <ul className="space-y-2" data-testid="section-bars">
            {roadmap.sections.map((section) => (
              <li key={section.key} className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:items-center sm:gap-3">
                <span className="truncate text-sm">{section.title}</span>
                <CompletionBar
                  label={`${section.title} completion`}
                  finished={section.completion.done + section.completion.skipped}
                  total={section.completion.total}
                  percent={section.completion.percent}
                  size="sm"
                />
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">Finished over time</h3>
        <BurnUpChart title={roadmap.title} history={roadmap.history} />
      </div>
    </section>
  );
}
