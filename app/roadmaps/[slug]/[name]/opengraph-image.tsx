import { OG_SIZE } from "@/components/og/og-card";
import { roadmapCard, ROADMAP_CARD_ALT } from "../../roadmap-card";
import { slugOf } from "../../roadmap-route";

export const dynamic = "force-dynamic";
export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = ROADMAP_CARD_ALT;

/** The card a shared learner's roadmap's link shows (/roadmaps/<login>/<name>): its own, not its login's. */
export default async function LearnerRoadmapOpenGraphImage({
  params,
}: {
  params: Promise<{ slug: string; name: string }>;
}) {
  const { slug, name } = await params;
  return roadmapCard(slugOf([slug, name]));
}
