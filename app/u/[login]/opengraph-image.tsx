import { ImageResponse } from "next/og";
import { serverTranslator } from "@/server/i18n/server-translator";
import { systemFonts } from "@/server/platform/system-fonts";
import { publicProfile } from "@/server/services/profile/public-profile";
import { textDirection } from "@/shared/i18n/locales";
import { ownerLocale } from "@/shared/i18n/owner-locale";
import { OG_SIZE, OgBar, OgCard, OgLine } from "@/components/og/og-card";
import { profileCardTexts, waymarkCardTexts } from "@/components/og/og-texts";

export const dynamic = "force-dynamic";
export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "A learner's progress on Waymark";

/**
 * The card a shared profile link shows: the learner and up to three of their
 * roadmaps, in the learner's saved language (else English). A profile that is
 * not public gets the plain Waymark card in English, like an unknown one.
 */
export default async function ProfileOpenGraphImage({ params }: { params: Promise<{ login: string }> }) {
  const profile = await publicProfile((await params).login);
  const locale = ownerLocale(null, profile?.locale);
  const [t, rtl] = [await serverTranslator(locale, "OgCard"), textDirection(locale) === "rtl"];
  const texts = profile ? profileCardTexts(profile, t) : waymarkCardTexts(t);
  const roadmapTitles = profile?.roadmaps.slice(0, 3).map((roadmap) => roadmap.title) ?? [];
  const fonts = await systemFonts([texts.eyebrow, texts.title, ...texts.lines, ...roadmapTitles].join("\n"));
  const card = (
    <OgCard eyebrow={texts.eyebrow} title={texts.title} titleLines={profile ? 1 : undefined} rtl={rtl}>
      {profile?.roadmaps.slice(0, 3).map((roadmap) => (
        <OgBar
          key={roadmap.slug}
          label={roadmap.title}
          percent={roadmap.completion.percent}
          percentText={t("percent", { percent: roadmap.completion.percent })}
          rtl={rtl}
        />
      ))}
      {texts.lines.map((line) => (
        <OgLine key={line} rtl={rtl}>
          {line}
        </OgLine>
      ))}
    </OgCard>
  );
  return new ImageResponse(card, { ...size, fonts: fonts.length > 0 ? fonts : undefined });
}
