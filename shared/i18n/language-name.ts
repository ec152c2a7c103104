/**
 * One Intl.DisplayNames per page language, kept: a roadmap page names a language for each of its
 * links, and building one per link cost about 1 ms of a Japanese roadmap page's render (101 links).
 */
const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(locale: string): Intl.DisplayNames | null {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: "language" });
    } catch {
      names = null;
    }
    // Locales come from a short list (shared/i18n/locales.ts); the bound only guards against a stray one.
    if (displayNames.size < 64) displayNames.set(locale, names);
  }
  return names;
}

/** "English" for `en`, in the language of `locale`; the tag itself where the platform has no name for it. */
export function languageName(tag: string, locale: string): string {
  try {
    return namesIn(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Whether two tags name the same language (`pt` and `pt-BR` do). */
export function sameLanguage(a: string, b: string): boolean {
  return a.split("-")[0]!.toLowerCase() === b.split("-")[0]!.toLowerCase();
}
