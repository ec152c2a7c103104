import { OG_SIZE } from "@/components/og/og-card";
import { roadmapCard, ROADMAP_CARD_ALT } from "../roadmap-card";
import { slugOf } from "../roadmap-route";

export const dynamic = "force-dynamic";
export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = ROADMAP_CARD_ALT;

/** The card a shared built-in roadmap's link shows (/roadmaps/backend). */
export default async function RoadmapOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  return roadmapCard(slugOf([(await params).slug]));
}
