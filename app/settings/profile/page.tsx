import type { Metadata } from "next";
import { cookies } from "next/headers";
import { pageTranslations } from "@/server/i18n/server-translator";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { followedRoadmapIds } from "@/server/services/activity/followed-roadmaps";
import { calendarFeedCreatedAt } from "@/server/services/calendar/calendar-feed-created-at";
import { profilePath } from "@/server/services/profile/profile-login";
import { profileSettings } from "@/server/services/profile/profile-settings";
import { listShareableRoadmaps } from "@/server/services/profile/shareable-roadmaps";
import { loadRoadmapContents } from "@/server/services/roadmaps/content/roadmap-content";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";
import { CalendarSubscription } from "@/components/profile/calendar-subscription";
import { ProfileSharingForm } from "@/components/profile/profile-sharing-form";
import { PageTitle } from "@/components/ui/page-title";
import { SettingsNav } from "@/components/settings-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Metadata"))("sharing") };
}
export const dynamic = "force-dynamic";

export default async function SharingSettingsPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/settings/profile");
  const t = await pageTranslations("Settings");
  const [settings, shareable, followed, feedCreatedAt] = await Promise.all([
    profileSettings(viewer),
    listShareableRoadmaps(viewer),
    followedRoadmapIds(viewer),
    calendarFeedCreatedAt(viewer),
  ]);
  // Until the learner has chosen, the public roadmaps they work on are ticked.
  const chosen =
    settings.roadmapIds.length > 0
      ? settings.roadmapIds
      : shareable.filter((roadmap) => roadmap.followed).map((roadmap) => roadmap.id);
  // Every roadmap they work on has a reminder: built-in ones and learners' (their own included).
  const followedRoadmaps = (await loadRoadmapContents(viewer, followed)).flatMap((content) =>
    content ? [content.roadmap] : [],
  );
  return (
    <div className="space-y-6">
      <SettingsNav current="/settings/profile" />
      <PageTitle description={t("sharingDescription")}>{t("sharing")}</PageTitle>
      <section aria-labelledby="profile-heading" className="space-y-2">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("publicProfile")}
        </h2>
        <ProfileSharingForm
          profilePath={profilePath(settings.login ?? "")}
          isPublic={settings.public}
          roadmaps={shareable}
          chosen={chosen}
        />
      </section>
      <CalendarSubscription
        createdAt={feedCreatedAt?.toISOString() ?? null}
        roadmaps={followedRoadmaps.map((roadmap) => ({ slug: roadmap.slug, title: roadmap.title }))}
        timeZone={timeZoneFromCookie(await cookies())}
      />
    </div>
  );
}
