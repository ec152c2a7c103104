import type { Metadata } from "next";
import Link from "next/link";
import { pageTranslations } from "@/server/i18n/server-translator";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { listOwnRoadmaps } from "@/server/services/roadmaps/listing/list-own-roadmaps";
import { DomainError } from "@/shared/errors";
import { ROADMAP_QUOTAS } from "@/shared/roadmap-quotas";
import { PageLinks } from "@/components/own-roadmaps/page-links";
import { RoadmapCards } from "@/components/own-roadmaps/roadmap-cards";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("OwnRoadmaps"))("metaTitle") };
}
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

interface Props {
  searchParams: Promise<{ after?: string }>;
}

/** The learner's own roadmaps, written or forked, newest first. */
export default async function MyRoadmapsPage({ searchParams }: Props) {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/roadmaps/mine");
  const [{ after = null }, t] = await Promise.all([searchParams, pageTranslations("OwnRoadmaps")]);
  let page;
  try {
    page = await listOwnRoadmaps(viewer, { first: PAGE_SIZE, after });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    page = await listOwnRoadmaps(viewer, { first: PAGE_SIZE });
  }
  const roadmaps = page.edges.map((edge) => edge.node);
  return (
    <div className="space-y-6">
      <PageTitle description={t("description", { max: ROADMAP_QUOTAS.roadmapsPerLearner })}>{t("title")}</PageTitle>
      <p className="flex flex-wrap gap-3">
        <Link href="/roadmaps/new" className={buttonClass({ variant: "primary" })}>
          {t("newRoadmap")}
        </Link>
        <Link href="/explore" className={buttonClass({ variant: "quiet" })}>
          {t("exploreToFork")}
        </Link>
      </p>
      {roadmaps.length === 0 ? (
        <EmptyState testId="no-own-roadmaps">{t("none")}</EmptyState>
      ) : (
        <RoadmapCards roadmaps={roadmaps} showVisibility />
      )}
      <PageLinks
        path="/roadmaps/mine"
        after={after}
        nextCursor={page.hasNextPage ? (page.edges.at(-1)?.cursor ?? null) : null}
      />
    </div>
  );
}
