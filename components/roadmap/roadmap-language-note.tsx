import Link from "next/link";
import { getLocale } from "next-intl/server";
import { pageTranslations } from "@/server/i18n/server-translator";
import { languageName, sameLanguage } from "@/shared/i18n/language-name";
import type { RoadmapContent } from "@/server/services/roadmaps/content/roadmap-content";

/**
 * What language the roadmap is shown in, when it is not simply the page's: a
 * translation (with a link to the original, and how many items it has not
 * translated yet), the original asked for (with a link back to the page's
 * language), or an original with no translation into the page's language.
 */
export async function RoadmapLanguageNote({ content }: { content: RoadmapContent }) {
  const [locale, t] = await Promise.all([getLocale(), pageTranslations("RoadmapLanguage")]);
  const { roadmap } = content;
  const path = `/roadmaps/${roadmap.slug}`;
  const name = (tag: string) => languageName(tag, locale);
  const linkClass = "font-medium text-indigo-700 underline dark:text-indigo-300";

  if (roadmap.language !== roadmap.originalLanguage) {
    const missing = content.translations.find((translation) => translation.language === roadmap.language)?.missingItems;
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="roadmap-language-note">
        {t("translatedFrom", { language: name(roadmap.originalLanguage) })}{" "}
        {missing ? `${t("translationBehind", { count: missing, language: name(roadmap.originalLanguage) })} ` : null}
        <Link href={`${path}?language=${encodeURIComponent(roadmap.originalLanguage)}`} className={linkClass}>
          {t("viewOriginal")}
        </Link>
      </p>
    );
  }
  if (sameLanguage(roadmap.language, locale)) return null;
  const inPageLanguage = content.translations.find((translation) => sameLanguage(translation.language, locale));
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="roadmap-language-note">
      {inPageLanguage ? (
        <>
          {t("originalShown", { language: name(roadmap.language) })}{" "}
          <Link href={path} className={linkClass} lang={inPageLanguage.language}>
            {t("viewTranslation", { language: name(inPageLanguage.language) })}
          </Link>
        </>
      ) : (
        t("noTranslation", { language: name(roadmap.language), pageLanguage: name(locale) })
      )}
    </p>
  );
}
