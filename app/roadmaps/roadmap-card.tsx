import { ImageResponse } from "next/og";
import { systemFonts } from "@/server/platform/system-fonts";
import { roadmapCardSummary } from "@/server/services/roadmaps/content/roadmap-card-summary";
import { clampText } from "@/shared/clamp-text";
import { OG_SIZE, OgCard, OgLine } from "@/components/og/og-card";

/*
 * The link-preview card of a roadmap, shared by the two roadmap routes'
 * opengraph-image files (/roadmaps/<slug> and /roadmaps/<login>/<name>): each
 * segment needs its own file, or a learner's roadmap would point at its parent
 * segment's card, which knows only the login.
 */

export const ROADMAP_CARD_ALT = "A learning roadmap on Waymark";

/** The card of the roadmap with this slug: its title, size and what it is about; the plain Waymark card when there is none to show. */
export async function roadmapCard(slug: string): Promise<ImageResponse> {
  const [summary, fonts] = await Promise.all([roadmapCardSummary(slug), systemFonts()]);
  const card = summary ? (
    <OgCard
      eyebrow={summary.owner ? `Learning roadmap by @${summary.owner}` : "Learning roadmap"}
      title={summary.title}
    >
      <OgLine>{`${summary.sectionCount} sections · ${summary.itemCount} items, with curated resources`}</OgLine>
      {summary.description && <OgLine>{clampText(summary.description, 110)}</OgLine>}
    </OgCard>
  ) : (
    <OgCard eyebrow="Learning roadmaps you can tick off" title="Waymark" />
  );
  return new ImageResponse(card, { ...OG_SIZE, fonts: fonts.length > 0 ? fonts : undefined });
}
