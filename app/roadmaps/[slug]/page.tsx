import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoadmapPage } from "@/components/roadmap/roadmap-page";
import { redirectToCanonicalAddress, roadmapForPage, roadmapMetadata, slugOf } from "../roadmap-route";
import { PageMessages } from "@/components/i18n/page-messages";
import { roadmapViewerNamespaces } from "@/shared/i18n/client-messages";

export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<{ language?: string | string[] }>;
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return roadmapMetadata(slugOf([(await params).slug]), (await searchParams).language);
}

/** A built-in roadmap: /roadmaps/backend. */
export default async function BuiltInRoadmapPage({ params, searchParams }: Props) {
  const [{ slug }, { language }] = await Promise.all([params, searchParams]);
  const { viewer, content } = await roadmapForPage(slugOf([slug]), language);
  if (!content) notFound();
  redirectToCanonicalAddress([slug], content, language);
  return (
    <PageMessages page="roadmap" also={roadmapViewerNamespaces(viewer?.userId ?? null, content.roadmap.ownerId)}>
      <RoadmapPage viewer={viewer} content={content} />
    </PageMessages>
  );
}
