import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoadmapPage } from "@/components/roadmap/roadmap-page";
import { redirectToCanonicalAddress, roadmapForPage, roadmapMetadata, slugOf } from "../../roadmap-route";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string; name: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, name } = await params;
  return roadmapMetadata(slugOf([slug, name]));
}

/** A learner's roadmap: /roadmaps/<login>/<name>. Private ones are a 404 to everyone but their owner. */
export default async function LearnerRoadmapPage({ params }: Props) {
  const { slug, name } = await params;
  const { viewer, content } = await roadmapForPage(slugOf([slug, name]));
  if (!content) notFound();
  redirectToCanonicalAddress([slug, name], content);
  return <RoadmapPage viewer={viewer} content={content} />;
}
