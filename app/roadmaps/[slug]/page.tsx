import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoadmapPage } from "@/components/roadmap/roadmap-page";
import { redirectToCanonicalAddress, roadmapForPage, roadmapMetadata, slugOf } from "../roadmap-route";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return roadmapMetadata(slugOf([(await params).slug]));
}

/** A built-in roadmap: /roadmaps/backend. */
export default async function BuiltInRoadmapPage({ params }: Props) {
  const { slug } = await params;
  const { viewer, content } = await roadmapForPage(slugOf([slug]));
  if (!content) notFound();
  redirectToCanonicalAddress([slug], content);
  return <RoadmapPage viewer={viewer} content={content} />;
}
