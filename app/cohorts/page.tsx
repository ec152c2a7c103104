import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { cohortRoadmapChoices } from "@/server/services/cohorts/cohort-roadmap-choices";
import { listViewerCohorts } from "@/server/services/cohorts/list-viewer-cohorts";
import { loadRoadmapContents } from "@/server/services/roadmaps/content/roadmap-content";
import { COHORT_LIMITS } from "@/shared/cohorts/cohort-limits";
import { CreateCohortForm } from "@/components/cohorts/create-cohort-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { PageMessages } from "@/components/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Cohorts"))("title") };
}

export const dynamic = "force-dynamic";

/** The cohorts the learner is in (a learner is in at most 20), and a form to start one. */
export default async function CohortsPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/cohorts");
  const [page, choices, t] = await Promise.all([
    listViewerCohorts(viewer, { first: COHORT_LIMITS.cohortsPerLearner }),
    cohortRoadmapChoices(viewer),
    pageTranslations("Cohorts"),
  ]);
  const cohorts = page.edges.map((edge) => edge.node);
  const roadmaps = await loadRoadmapContents(
    viewer,
    cohorts.map((cohort) => cohort.roadmapId),
  );
  return (
    <PageMessages page="cohorts">
      <div className="space-y-6">
        <PageTitle description={t("description", { max: COHORT_LIMITS.cohortsPerLearner })}>{t("title")}</PageTitle>
        <section aria-labelledby="cohorts-heading" className="space-y-2">
          <h2 id="cohorts-heading" className="text-lg font-semibold">
            {t("yours")}
          </h2>
          {cohorts.length === 0 ? (
            <EmptyState testId="no-cohorts">{t("none")}</EmptyState>
          ) : (
            <Card as="ul" padding="none" className="divide-y divide-slate-200 dark:divide-slate-800">
              {cohorts.map((cohort, index) => (
                <li
                  key={cohort.id}
                  className="flex flex-wrap items-center justify-between gap-2 p-3"
                  data-testid="cohort-row"
                >
                  <div className="min-w-0">
                    <Link
                      href={`/cohorts/${cohort.id}`}
                      className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                    >
                      {cohort.name}
                    </Link>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {roadmaps[index]?.roadmap.title ?? t("aRoadmap")} · {t("members", { count: cohort.memberCount })}
                    </p>
                  </div>
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium dark:bg-slate-800">
                    {t("role", { role: cohort.viewerRole })}
                  </span>
                </li>
              ))}
            </Card>
          )}
        </section>
        <CreateCohortForm roadmaps={choices} />
      </div>
    </PageMessages>
  );
}
