import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { pageTranslations } from "@/server/i18n/server-translator";
import { sessionViewer } from "@/server/auth/viewer-from-request";
import { ROADMAP_QUOTAS } from "@/shared/roadmap-quotas";
import { RoadmapEditor } from "@/components/editor/roadmap-editor";
import { PageTitle } from "@/components/ui/page-title";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await pageTranslations("RoadmapEditorPage"))("newTitle") };
}
export const dynamic = "force-dynamic";

/** Write a roadmap, paste one, or upload a .md file: a plain GitHub task list works too. */
export default async function NewRoadmapPage() {
  const viewer = await sessionViewer();
  if (!viewer) redirect("/signin?callbackUrl=/roadmaps/new");
  const t = await pageTranslations("RoadmapEditorPage");
  return (
    <div className="space-y-6">
      <PageTitle
        description={t.rich("newDescription", {
          items: ROADMAP_QUOTAS.itemsPerRoadmap,
          roadmaps: ROADMAP_QUOTAS.roadmapsPerLearner,
          code: (chunks) => <code dir="ltr">{chunks}</code>,
          link: (chunks) => (
            <Link href="/roadmaps/mine" className="text-indigo-700 underline dark:text-indigo-300">
              {chunks}
            </Link>
          ),
        })}
      >
        {t("newTitle")}
      </PageTitle>
      {/* The starter is a roadmap of the learner's own, in their language; its markdown keywords stay as they are. */}
      <RoadmapEditor
        roadmapId={null}
        initialMarkdown={t("starter")}
        backPath="/roadmaps/mine"
        login={viewer.login ?? undefined}
      />
    </div>
  );
}
