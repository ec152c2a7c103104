"use client";

import { languageName, sameLanguage } from "@/shared/i18n/language-name";
import type { ResourceKind } from "@/server/db/generated/enums";
import { useRowTexts } from "./row-texts";

const KIND_STYLES: Record<ResourceKind, string> = {
  OFFICIAL: "bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200",
  ARTICLE: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  VIDEO: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
  COURSE: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  BOOK: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  OPENSOURCE: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  PODCAST: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  INTERACTIVE: "bg-cyan-100 text-cyan-900 dark:bg-cyan-950 dark:text-cyan-200",
};

/** `paper` as a badge reads it: "Paper" (roadmap.sh's types are English words, kept as written). */
function writtenTypeLabel(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

// Scripts written without spaces between words: any two of their characters may wrap apart.
const WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The title, and its last word, on which the icon rides: when the title wraps on a phone the
 * icon stays at the end of the text instead of drifting to the edge of the box. In a script
 * written without spaces (Japanese) the last "word" may be half the title: only its last
 * character then goes with the icon, so that the rest can still wrap.
 */
export function splitLastWord(title: string): [head: string, last: string] {
  const trimmed = title.trimEnd();
  const cut = trimmed.lastIndexOf(" ") + 1;
  const lastWord = trimmed.slice(cut);
  if (!WITHOUT_SPACES.test(lastWord)) return [trimmed.slice(0, cut), lastWord];
  const characters = Array.from(trimmed);
  return [characters.slice(0, -1).join(""), characters.at(-1) ?? ""];
}

/**
 * A curated link: opens in a new tab, says so, and shows what kind of resource
 * it is: the type its author wrote (roadmap.sh's `@paper@`), when Waymark has
 * no kind of that name, in the colours of the kind it is filed under; and, when
 * its page is in another language than the roadmap as shown, that language
 * ("EN", read out as "in English").
 */
export function ResourceLink({
  title,
  url,
  kind,
  writtenType,
  language,
}: {
  title: string;
  url: string;
  kind: ResourceKind;
  writtenType?: string | null;
  language?: string | null;
}) {
  const { resource: t, kind: kindName, opensInNewTab, locale } = useRowTexts();
  const kindLabel = kindName(kind);
  const [head, last] = splitLastWord(title);
  const otherLanguage = language && !sameLanguage(language, locale) ? language : null;
  return (
    <a
      href={url}
      hrefLang={otherLanguage ?? undefined}
      target="_blank"
      rel="noopener noreferrer"
      className="group inline-flex max-w-full items-baseline gap-2 rounded text-sm text-indigo-700 hover:underline dark:text-indigo-300"
    >
      <span
        className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-medium no-underline ${KIND_STYLES[kind]}`}
        data-testid="resource-kind"
      >
        {writtenType ? (
          <>
            <span dir="ltr">{writtenTypeLabel(writtenType)}</span>
            <span className="sr-only"> ({kindLabel.toLocaleLowerCase(locale)})</span>
          </>
        ) : (
          kindLabel
        )}
      </span>
      {otherLanguage && (
        <span
          className="shrink-0 rounded border border-slate-300 px-1 text-xs font-medium text-slate-700 no-underline dark:border-slate-600 dark:text-slate-300"
          data-testid="resource-language"
          title={t("inLanguage", { language: languageName(otherLanguage, locale) })}
        >
          <span aria-hidden="true" dir="ltr">
            {otherLanguage.split("-")[0]!.toUpperCase()}
          </span>
          <span className="sr-only">{t("inLanguage", { language: languageName(otherLanguage, locale) })}</span>
        </span>
      )}
      <span className="min-w-0 break-words" lang={otherLanguage ?? undefined}>
        {head}
        <span className="whitespace-nowrap">
          {last}
          <span className="sr-only" lang={locale}>
            {" "}
            {opensInNewTab}
          </span>
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="ms-1 inline-block h-3.5 w-3.5 align-[-0.15em] rtl:-scale-x-100"
            fill="currentColor"
            data-testid="external-link-icon"
          >
            <path d="M11 3h6v6h-2V6.4l-6.3 6.3-1.4-1.4L13.6 5H11V3zM5 5h3v2H5v8h8v-3h2v5H3V5h2z" />
          </svg>
        </span>
      </span>
    </a>
  );
}
