import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Your roadmaps" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

interface Props {
  searchParams: Promise<{ after?: string }>;
}

/** The learner's own roadmaps, written or forked, newest first. */
export default async function MyRoadmapsPage({ searchParams }: Props) {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/roadmaps/mine");
  const { after = null } = await searchParams;
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
      <PageTitle
        description={`Roadmaps you wrote, imported or forked: private until you share them. You may keep ${ROADMAP_QUOTAS.roadmapsPerLearner}.`}
      >
        Your roadmaps
      </PageTitle>
      <p className="flex flex-wrap gap-3">
        <Link href="/roadmaps/new" className={buttonClass({ variant: "primary" })}>
          New roadmap
        </Link>
        <Link href="/explore" className={buttonClass({ variant: "quiet" })}>
          Explore public roadmaps to fork
        </Link>
      </p>
      {roadmaps.length === 0 ? (
        <EmptyState testId="no-own-roadmaps">You have no roadmaps of your own yet.</EmptyState>
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
