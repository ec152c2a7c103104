import { ImageResponse } from "next/og";
import { systemFonts } from "@/server/platform/system-fonts";
import { publicProfile } from "@/server/services/profile/public-profile";
import { OG_SIZE, OgBar, OgCard, OgLine } from "@/components/og/og-card";

export const dynamic = "force-dynamic";
export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "A learner's progress on Waymark";

/**
 * The card a shared profile link shows: the learner and up to three of their
 * roadmaps. A profile that is not public gets the plain Waymark card, like an
 * unknown one.
 */
export default async function ProfileOpenGraphImage({ params }: { params: Promise<{ login: string }> }) {
  const [profile, fonts] = await Promise.all([publicProfile((await params).login), systemFonts()]);
  const card = profile ? (
    <OgCard eyebrow={`@${profile.login} on Waymark`} title={profile.name ?? profile.login} titleLines={1}>
      {profile.roadmaps.slice(0, 3).map((roadmap) => (
        <OgBar key={roadmap.slug} label={roadmap.title} percent={roadmap.completion.percent} />
      ))}
      <OgLine>
        {`${profile.activity.currentStreak > 0 ? `${profile.activity.currentStreak}-day streak · ` : ""}${profile.activity.totalChanges} changes in 52 weeks`}
      </OgLine>
    </OgCard>
  ) : (
    <OgCard eyebrow="Learning roadmaps you can tick off" title="Waymark" />
  );
  return new ImageResponse(card, { ...size, fonts: fonts.length > 0 ? fonts : undefined });
}
