import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { githubSignInEnabled } from "@/app/lib/auth/github-endpoints";
import { sessionViewer } from "@/app/lib/auth/viewer-from-request";
import { getRoadmapContentBySlug } from "@/app/lib/services/roadmaps/get-roadmap-content-by-slug";
import { roadmapPageData } from "@/app/lib/services/roadmaps/roadmap-page-data";
import { GuestBanner } from "@/components/auth/guest-banner";
import { RoadmapChecklist } from "@/components/roadmap/roadmap-checklist";

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
  const data = await roadmapPageData(viewer, content);
  return (
    <>
      {!viewer && <GuestBanner signInEnabled={githubSignInEnabled()} />}
      <RoadmapChecklist key={viewer ? "learner" : "guest"} data={data} mode={viewer ? "learner" : "guest"} />
    </>
  );
}
