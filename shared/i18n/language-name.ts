import { keptPerKey } from "../kept-per-key";

/**
 * One Intl.DisplayNames per page language, kept: a roadmap page names a language for each of its
 * links, and building one per link cost about 1 ms of a Japanese roadmap page's render (101 links).
 * Locales come from a short list (shared/i18n/locales.ts); the bound only guards against a stray one.
 */
const displayNames = keptPerKey<Intl.DisplayNames | null>(64);

function namesIn(locale: string): Intl.DisplayNames | null {
  return displayNames(locale, () => {
    try {
      return new Intl.DisplayNames([locale], { type: "language" });
    } catch {
      return null;
    }
  });
}

/*
 * And each name, kept: DisplayNames#of is a call into ICU, once per link on a roadmap page, for a
 * handful of tags (the bench:translation profile found it among the costliest parts of translating).
 * Tags come from authors' markdown, so the bound matters here.
 */
const names = keptPerKey<string>(512);

/** "English" for `en`, in the language of `locale`; the tag itself where the platform has no name for it. */
export function languageName(tag: string, locale: string): string {
  return names(`${locale} ${tag}`, () => {
    try {
      return namesIn(locale)?.of(tag) ?? tag;
    } catch {
      return tag;
    }
  });
}

/** Whether two tags name the same language (`pt` and `pt-BR` do). */
export function sameLanguage(a: string, b: string): boolean {
  return a.split("-")[0]!.toLowerCase() === b.split("-")[0]!.toLowerCase();
}
