import { DEFAULT_LOCALE, supportedLocale, type Locale } from "./locales";

/**
 * The language of what the server draws for nobody's browser (a README badge,
 * a link-preview card, a calendar feed): an explicit `?lang=<tag>` when it is a
 * supported one, else the language its owner saved (User.locale), else English.
 * The same address then always gives the same answer, whoever fetches it.
 */
export function ownerLocale(asked: string | null | undefined, saved: string | null | undefined): Locale {
  return supportedLocale(asked) ?? supportedLocale(saved) ?? DEFAULT_LOCALE;
}
