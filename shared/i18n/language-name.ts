/** "English" for `en`, in the language of `locale`; the tag itself where the platform has no name for it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Whether two tags name the same language (`pt` and `pt-BR` do). */
export function sameLanguage(a: string, b: string): boolean {
  return a.split("-")[0]!.toLowerCase() === b.split("-")[0]!.toLowerCase();
}
