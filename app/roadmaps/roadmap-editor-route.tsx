import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { pageTranslations } from "@/server/i18n/server-translator";
import { loadRoadmapMarkdown } from "@/server/services/roadmaps/content/load-roadmap-markdown";
import { roadmapSkillClaims } from "@/server/services/skills/roadmap-skill-claims";
import { RoadmapEditor } from "@/components/editor/roadmap-editor";
import { PageTitle } from "@/components/ui/page-title";
import { originalRoadmapForPage } from "./roadmap-route";
import { TranslationsLink } from "./translations-route";

/*
 * The editor of a roadmap, for those who may edit it (its owner; admins for a
 * built-in one): /roadmaps/<slug>/edit and /roadmaps/<login>/<name>/edit.
 * Anyone else gets the not-found page, as for a roadmap they may not see.
 */

export async function editorMetadata(slug: string): Promise<Metadata> {
  const [{ content }, t, actions] = await Promise.all([
    originalRoadmapForPage(slug),
    pageTranslations("RoadmapEditorPage"),
    pageTranslations("RoadmapActions"),
  ]);
  return { title: content ? t("editTitle", { title: content.roadmap.title }) : actions("notFound") };
}

export async function RoadmapEditorRoute({ slug }: { slug: string }) {
  const { viewer, content } = await originalRoadmapForPage(slug);
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/roadmaps/${slug}/edit`)}`);
  if (!content) notFound();
  const { roadmap } = content;
  const mayEdit = roadmap.ownerId === null ? viewer.role === "ADMIN" : roadmap.ownerId === viewer.userId;
  if (!mayEdit) notFound();
  const [[markdown], skillClaims, t] = await Promise.all([
    loadRoadmapMarkdown(viewer, [roadmap.id]),
    roadmapSkillClaims(viewer, roadmap),
    pageTranslations("RoadmapEditorPage"),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle description={t("editDescription")}>{t("editTitle", { title: roadmap.title })}</PageTitle>
      <TranslationsLink slug={roadmap.slug} />
      <RoadmapEditor
        roadmapId={roadmap.id}
        initialMarkdown={markdown ?? ""}
        backPath={`/roadmaps/${roadmap.slug}`}
        skillClaims={skillClaims}
        builtIn={roadmap.ownerId === null}
      />
    </div>
  );
}
