import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Completion } from "@/shared/completion";
import { Card } from "../ui/card";
import { CompletionBar } from "../ui/completion-bar";
import { CompletionRing } from "./completion-ring";

export interface RoadmapProgress {
  slug: string;
  title: string;
  completion: Completion;
  sections: { key: string; title: string; completion: Completion }[];
}

/** One roadmap's progress: the overall ring and a bar per section, then whatever follows (the burn-up chart). */
export function RoadmapProgressCard({ roadmap, children }: { roadmap: RoadmapProgress; children?: ReactNode }) {
  const t = useTranslations("RoadmapProgressCard");
  return (
    <Card
      as="section"
      padding="lg"
      aria-labelledby={`dash-${roadmap.slug}`}
      data-testid={`dashboard-roadmap-${roadmap.slug}`}
      className="space-y-6"
    >
      <h2 id={`dash-${roadmap.slug}`} className="text-xl font-semibold">
        <Link href={`/roadmaps/${roadmap.slug}`} className="hover:underline">
          {roadmap.title}
        </Link>
      </h2>
      <div className="grid gap-6 md:grid-cols-[auto_1fr]">
        <CompletionRing title={roadmap.title} completion={roadmap.completion} />
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">{t("bySection")}</h3>
          <ul className="space-y-2" data-testid="section-bars">
            {roadmap.sections.map((section) => (
              <li
                key={section.key}
                className="grid gap-1 sm:grid-cols-[minmax(10rem,17rem)_1fr] sm:items-center sm:gap-3"
              >
                {/* Whole names: they wrap rather than lose their end ("Authentication and Auth..."). */}
                <span className="text-sm break-words">{section.title}</span>
                <CompletionBar
                  label={t("sectionCompletion", { section: section.title })}
                  completion={section.completion}
                  size="sm"
                />
              </li>
            ))}
          </ul>
        </div>
      </div>
      {children}
    </Card>
  );
}
