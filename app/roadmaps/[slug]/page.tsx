import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { githubSignInEnabled } from "@/app/lib/auth/github-endpoints";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { getRoadmapContentBySlug } from "@/app/lib/services/roadmaps/get-roadmap-content-by-slug";
import type { RoadmapContent } from "@/app/lib/services/roadmaps/roadmap-content";
import { roadmapPageData } from "@/app/lib/services/roadmaps/roadmap-page-data";
import type { MaybeViewer } from "@/app/lib/services/viewer";
import { timeZoneFromCookie } from "@/app/lib/shared/time-zone-cookie";
import { GuestBanner } from "@/components/auth/guest-banner";
import { RoadmapPlanSection, RoadmapPlanSkeleton } from "@/components/plan/roadmap-plan-section";
import { ChecklistSkeleton } from "@/components/roadmap/checklist-skeleton";
import { RoadmapChecklist } from "@/components/roadmap/roadmap-checklist";
import { PageTitle } from "@/components/ui/page-title";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = await getRoadmapContentBySlug((await params).slug);
  return { title: content?.roadmap.title ?? "Roadmap not found" };
}

export default async function RoadmapPage({ params }: Props) {
  const [content, viewer] = await Promise.all([getRoadmapContentBySlug((await params).slug), sessionViewer()]);
  if (!content) notFound();
  // The title goes out at once (the content is cached); the viewer's statuses and
  // notes stream in behind a skeleton.
  return (
    <div className="space-y-3">
      {!viewer && <GuestBanner signInEnabled={githubSignInEnabled()} />}
      <PageTitle description={content.roadmap.description}>{content.roadmap.title}</PageTitle>
      {viewer && (
        <Suspense fallback={<RoadmapPlanSkeleton />}>
          <RoadmapPlanSection viewer={viewer} content={content} timeZone={timeZoneFromCookie(await cookies())} />
        </Suspense>
      )}
      <Suspense fallback={<ChecklistSkeleton />}>
        <ViewerChecklist viewer={viewer} content={content} />
      </Suspense>
    </div>
  );
}

async function ViewerChecklist({ viewer, content }: { viewer: MaybeViewer; content: RoadmapContent }) {
  const data = await roadmapPageData(viewer, content);
  return <RoadmapChecklist key={viewer ? "learner" : "guest"} data={data} mode={viewer ? "learner" : "guest"} />;
}
