import { ImageResponse } from "next/og";
import { systemFonts } from "@/app/lib/platform/system-fonts";
import { publicRoadmapSummary } from "@/app/lib/services/roadmaps/public-roadmap-summary";
import { OG_SIZE, OgCard, OgLine } from "@/components/og/og-card";

export const dynamic = "force-dynamic";
export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "A learning roadmap on Waymark";

/** The card a shared roadmap link shows: its title, size and what it is about. */
export default async function RoadmapOpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const [summary, fonts] = await Promise.all([publicRoadmapSummary((await params).slug), systemFonts()]);
  const card = summary ? (
    <OgCard eyebrow="Learning roadmap" title={summary.title}>
      <OgLine>
        {summary.sectionCount} sections · {summary.itemCount} items, with curated resources
      </OgLine>
      {summary.description && (
        <OgLine>
          {summary.description.length > 110 ? `${summary.description.slice(0, 107)}…` : summary.description}
        </OgLine>
      )}
    </OgCard>
  ) : (
    <OgCard eyebrow="Learning roadmaps you can tick off" title="Waymark" />
  );
  return new ImageResponse(card, { ...size, fonts: fonts.length > 0 ? fonts : undefined });
}
