"use client";

import { languageName, sameLanguage } from "@/shared/i18n/language-name";
import type { ResourceKind } from "@/server/db/generated/enums";
import { useRowTexts } from "./row-texts";

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
  // Once a link: shown as the tag's title and read out in its place.
  const inLanguage = otherLanguage ? t("inLanguage", { language: languageName(otherLanguage, locale) }) : null;
  return (
    <a
      href={url}
      hrefLang={otherLanguage ?? undefined}
      target="_blank"
      rel="noopener noreferrer"
      // Its looks, each kind's colours and the icon are in app/globals.css (.resource-link):
      // a roadmap page repeats them for every link.
      className="resource-link"
    >
      <span className="resource-kind" data-kind={kind} data-testid="resource-kind">
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
          title={inLanguage ?? undefined}
        >
          <span aria-hidden="true" dir="ltr">
            {otherLanguage.split("-")[0]!.toUpperCase()}
          </span>
          <span className="sr-only">{inLanguage}</span>
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
          <span aria-hidden="true" className="mask-icon external-link-icon" data-testid="external-link-icon" />
        </span>
      </span>
    </a>
  );
}
