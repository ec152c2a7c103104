import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoadmapPage } from "@/components/roadmap/roadmap-page";
import { redirectToCanonicalAddress, roadmapForPage, roadmapMetadata, slugOf } from "../../roadmap-route";
import { PageMessages } from "@/components/i18n/page-messages";
import { roadmapViewerNamespaces } from "@/shared/i18n/client-messages";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<{ language?: string | string[] }>;
  params: Promise<{ slug: string; name: string }>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug, name }, { language }] = await Promise.all([params, searchParams]);
  return roadmapMetadata(slugOf([slug, name]), language);
}

/** A learner's roadmap: /roadmaps/<login>/<name>. Private ones are a 404 to everyone but their owner. */
export default async function LearnerRoadmapPage({ params, searchParams }: Props) {
  const [{ slug, name }, { language }] = await Promise.all([params, searchParams]);
  const { viewer, content } = await roadmapForPage(slugOf([slug, name]), language);
  if (!content) notFound();
  redirectToCanonicalAddress([slug, name], content, language);
  return (
    <PageMessages page="roadmap" also={roadmapViewerNamespaces(viewer?.userId ?? null, content.roadmap.ownerId)}>
      <RoadmapPage viewer={viewer} content={content} />
    </PageMessages>
  );
}
