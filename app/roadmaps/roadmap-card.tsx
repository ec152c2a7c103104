import { ImageResponse } from "next/og";
import { serverTranslator } from "@/server/i18n/server-translator";
import { systemFonts } from "@/server/platform/system-fonts";
import { roadmapCardSummary } from "@/server/services/roadmaps/content/roadmap-card-summary";
import { clampText } from "@/shared/clamp-text";
import { textDirection } from "@/shared/i18n/locales";
import { ownerLocale } from "@/shared/i18n/owner-locale";
import { OG_SIZE, OgCard, OgLine } from "@/components/og/og-card";
import { roadmapCardTexts, waymarkCardTexts } from "@/components/og/og-texts";

/*
 * The link-preview card of a roadmap, shared by the two roadmap routes'
 * opengraph-image files (/roadmaps/<slug> and /roadmaps/<login>/<name>): each
 * segment needs its own file, or a learner's roadmap would point at its parent
 * segment's card, which knows only the login.
 */

export const ROADMAP_CARD_ALT = "A learning roadmap on Waymark";

/**
 * The card of the roadmap with this slug: its title, size and what it is about;
 * the plain Waymark card when there is none to show. Its words are in the
 * owner's saved language (English for a built-in roadmap or an unknown one):
 * the same for every robot that fetches it.
 */
export async function roadmapCard(slug: string): Promise<ImageResponse> {
  const summary = await roadmapCardSummary(slug);
  const locale = ownerLocale(null, summary?.ownerLocale);
  const [t, rtl] = [await serverTranslator(locale, "OgCard"), textDirection(locale) === "rtl"];
  const texts = summary
    ? roadmapCardTexts({ ...summary, description: summary.description && clampText(summary.description, 110) }, t)
    : waymarkCardTexts(t);
  const fonts = await systemFonts([texts.eyebrow, texts.title, ...texts.lines].join("\n"));
  const card = (
    <OgCard eyebrow={texts.eyebrow} title={texts.title} rtl={rtl}>
      {texts.lines.map((line) => (
        <OgLine key={line} rtl={rtl}>
          {line}
        </OgLine>
      ))}
    </OgCard>
  );
  return new ImageResponse(card, { ...OG_SIZE, fonts: fonts.length > 0 ? fonts : undefined });
}
