import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { cohortRoadmapChoices } from "@/server/services/cohorts/cohort-roadmap-choices";
import { listViewerCohorts } from "@/server/services/cohorts/list-viewer-cohorts";
import { loadRoadmapContents } from "@/server/services/roadmaps/content/roadmap-content";
import { COHORT_LIMITS } from "@/shared/cohorts/cohort-limits";
import { CreateCohortForm } from "@/components/cohorts/create-cohort-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Cohorts" };
export const dynamic = "force-dynamic";

const ROLE_LABEL = { OWNER: "owner", MENTOR: "mentor", MEMBER: "member" } as const;

/** The cohorts the learner is in (a learner is in at most 20), and a form to start one. */
export default async function CohortsPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/cohorts");
  const [page, choices] = await Promise.all([
    listViewerCohorts(viewer, { first: COHORT_LIMITS.cohortsPerLearner }),
    cohortRoadmapChoices(viewer),
  ]);
  const cohorts = page.edges.map((edge) => edge.node);
  const roadmaps = await loadRoadmapContents(
    viewer,
    cohorts.map((cohort) => cohort.roadmapId),
  );
  return (
    <div className="space-y-6">
      <PageTitle
        description={`Study groups following one roadmap together: a mentor sees who is where and who is stuck; members see where the group stands, and share only what they choose. You may be in ${COHORT_LIMITS.cohortsPerLearner} cohorts.`}
      >
        Cohorts
      </PageTitle>
      <section aria-labelledby="cohorts-heading" className="space-y-2">
        <h2 id="cohorts-heading" className="text-lg font-semibold">
          Your cohorts
        </h2>
        {cohorts.length === 0 ? (
          <EmptyState testId="no-cohorts">
            You are in no cohort yet. Start one below, or open an invite link someone sent you.
          </EmptyState>
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
                    {roadmaps[index]?.roadmap.title ?? "a roadmap"} · {cohort.memberCount} member
                    {cohort.memberCount === 1 ? "" : "s"}
                  </p>
                </div>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium dark:bg-slate-800">
                  {ROLE_LABEL[cohort.viewerRole]}
                </span>
              </li>
            ))}
          </Card>
        )}
      </section>
      <CreateCohortForm roadmaps={choices} />
    </div>
  );
}
