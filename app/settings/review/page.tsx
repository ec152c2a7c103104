import type { Metadata } from "next";
import { pageTranslations } from "@/server/i18n/server-translator";
import { redirect } from "next/navigation";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { followedRoadmapIds } from "@/server/services/activity/followed-roadmaps";
import { loadRoadmapContents } from "@/server/services/roadmaps/content/roadmap-content";
import { loadReviewSettings } from "@/server/services/review/review-settings";
import { ReviewSettingsForm } from "@/components/review/review-settings-form";
import { SettingsNav } from "@/components/settings-nav";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("Metadata"))("review") };
}
export const dynamic = "force-dynamic";

/** How much to review a day, the retention aimed for, and which roadmaps' finished items come back. */
export default async function ReviewSettingsPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/settings/review");
  const [settings, roadmapIds, t] = await Promise.all([
    loadReviewSettings(viewer.userId),
    followedRoadmapIds(viewer),
    pageTranslations("Settings"),
  ]);
  const contents = await loadRoadmapContents(viewer, roadmapIds);
  const disabled = new Set(settings.disabledRoadmapIds);
  const roadmaps = contents.flatMap((content) =>
    content
      ? [{ id: content.roadmap.id, title: content.roadmap.title, enabled: !disabled.has(content.roadmap.id) }]
      : [],
  );
  return (
    <div className="space-y-6">
      <PageTitle description={t("reviewDescription")}>{t("reviewTitle")}</PageTitle>
      <SettingsNav current="/settings/review" />
      <Card>
        <ReviewSettingsForm
          dailyLimit={settings.dailyLimit}
          desiredRetention={settings.desiredRetention}
          roadmaps={roadmaps}
        />
      </Card>
    </div>
  );
}
