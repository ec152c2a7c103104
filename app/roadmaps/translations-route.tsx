import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pageTranslations } from "@/server/i18n/server-translator";
import { pinKeys } from "@/components/editor/pin-keys";
import { TranslationEditor } from "@/components/translations/translation-editor";
import { PageTitle } from "@/components/ui/page-title";
import { loadRoadmapMarkdown } from "@/server/services/roadmaps/content/load-roadmap-markdown";
import { loadTranslationMarkdown } from "@/server/services/roadmaps/translations/load-translation-markdown";
import { LOCALES } from "@/shared/i18n/locales";
import { originalRoadmapForPage } from "./roadmap-route";

/*
 * A roadmap's translations, for those who may edit it (its owner; admins for a
 * built-in one): /roadmaps/<slug>/edit/translations and
 * /roadmaps/<login>/<name>/edit/translations. Anyone else gets the not-found
 * page, as for a roadmap they may not see; the mutations check again.
 */

export async function translationsMetadata(slug: string): Promise<Metadata> {
  const [{ content }, t, actions] = await Promise.all([
    originalRoadmapForPage(slug),
    pageTranslations("TranslationEditor"),
    pageTranslations("RoadmapActions"),
  ]);
  return { title: content ? t("pageTitle", { title: content.roadmap.title }) : actions("notFound") };
}

export async function TranslationsRoute({ slug }: { slug: string }) {
  const { viewer, content } = await originalRoadmapForPage(slug);
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/roadmaps/${slug}/edit/translations`)}`);
  if (!content) notFound();
  const { roadmap } = content;
  const mayEdit = roadmap.ownerId === null ? viewer.role === "ADMIN" : roadmap.ownerId === viewer.userId;
  if (!mayEdit) notFound();
  const [[markdown], texts, t] = await Promise.all([
    loadRoadmapMarkdown(viewer, [roadmap.id]),
    loadTranslationMarkdown(
      viewer,
      content.translations.map(({ language }) => ({ roadmapId: roadmap.id, language })),
    ),
    pageTranslations("TranslationEditor"),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle description={t("pageDescription")}>{t("pageTitle", { title: roadmap.title })}</PageTitle>
      <p>
        <Link href={`/roadmaps/${roadmap.slug}`} className="text-sm text-indigo-700 underline dark:text-indigo-300">
          {t("backToRoadmap")}
        </Link>
      </p>
      <TranslationEditor
        roadmapId={roadmap.id}
        slug={roadmap.slug}
        originalLanguage={roadmap.originalLanguage}
        template={pinKeys(markdown ?? "")}
        languages={LOCALES.filter((language) => language !== roadmap.originalLanguage)}
        translations={content.translations.map((translation, index) => ({
          language: translation.language,
          title: translation.title,
          missingItems: translation.missingItems,
          updatedAt: translation.updatedAt.toISOString(),
          markdown: texts[index] ?? "",
        }))}
      />
    </div>
  );
}

/** The editor's way to the translations. */
export async function TranslationsLink({ slug }: { slug: string }) {
  const t = await pageTranslations("TranslationEditor");
  return (
    <p>
      <Link
        href={`/roadmaps/${slug}/edit/translations`}
        className="text-sm text-indigo-700 underline dark:text-indigo-300"
      >
        {t("manage")}
      </Link>
    </p>
  );
}
