import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { guestDashboardContent } from "@/server/services/dashboard/guest-dashboard-content";
import { completionByRoadmap } from "@/server/services/progress/completion-by-roadmap";
import { listRoadmaps } from "@/server/services/roadmaps/listing/list-roadmaps";
import { GuestCompletion } from "@/components/guest-completion";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CompletionBar } from "@/components/ui/completion-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";

// Reads the database on every request (never prerendered at build time).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [roadmaps, viewer, t] = await Promise.all([listRoadmaps(), sessionViewer(), pageTranslations("Home")]);
  const completion = viewer ? await completionByRoadmap(viewer, roadmaps) : null;
  // A guest's progress is counted in the browser, over the same live items the dashboard counts.
  const guestItemIds = viewer
    ? null
    : new Map(
        (await guestDashboardContent()).map((roadmap) => [
          roadmap.id,
          roadmap.sections.flatMap((section) => section.itemIds),
        ]),
      );
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro" className="space-y-3 pt-4">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          {t.rich("intro", {
            api: (chunks) => (
              <Link href="/playground" className="text-indigo-700 underline dark:text-indigo-300">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="roadmaps-heading" className="space-y-4">
        <h2 id="roadmaps-heading" className="text-xl font-semibold">
          {t("roadmaps")}
        </h2>
        {roadmaps.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {roadmaps.map((roadmap) => {
              const mine = completion?.get(roadmap.id);
              return (
                <li key={roadmap.id}>
                  <Card
                    as={Link}
                    href={`/roadmaps/${roadmap.slug}`}
                    padding="lg"
                    data-testid={`roadmap-card-${roadmap.slug}`}
                    className="block h-full space-y-3 transition hover:border-indigo-400 hover:shadow dark:hover:border-indigo-500"
                  >
                    {/* The roadmap's own words, in its language: their direction is theirs, not the page's. */}
                    <h3 dir="auto" className="text-lg font-semibold">
                      {roadmap.title}
                    </h3>
                    {roadmap.description && (
                      <p dir="auto" className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">
                        {roadmap.description}
                      </p>
                    )}
                    <p className="flex justify-between text-sm font-medium text-slate-600 dark:text-slate-400">
                      <span>
                        {t.rich("items", {
                          count: roadmap.itemCount,
                          n: (chunks) => <span data-testid="item-count">{chunks}</span>,
                        })}
                      </span>
                      <span data-testid="viewer-percent">
                        {t.rich("done", {
                          percent: () =>
                            mine ? (
                              `${mine.percent}%`
                            ) : (
                              <GuestCompletion itemIds={guestItemIds?.get(roadmap.id) ?? []} />
                            ),
                        })}
                      </span>
                    </p>
                    {mine && (
                      <CompletionBar label={t("completion", { title: roadmap.title })} completion={mine} size="sm" />
                    )}
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <Notice
        aria-label={t("ownRoadmaps")}
        action={
          <span className="flex shrink-0 gap-2">
            <Link
              href="/explore"
              className="rounded-md px-3 py-1.5 font-medium text-indigo-800 underline dark:text-indigo-200"
            >
              {t("explore")}
            </Link>
            <Link
              href={viewer ? "/roadmaps/new" : "/signin?callbackUrl=/roadmaps/new"}
              className={buttonClass({ variant: "primary" })}
            >
              {t("writeYourOwn")}
            </Link>
          </span>
        }
      >
        {t("bringYourOwn")}
      </Notice>
    </div>
  );
}
