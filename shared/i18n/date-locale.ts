import { DEFAULT_LOCALE as ENGLISH_DATES } from "../format-date";
import type { Locale } from "./locales";

/**
 * The locale dates are written in for an interface language: English pages keep
 * the day-month-year they have always shown ("5 Dec 2026"); the others their own.
 */
export function dateLocale(locale: Locale): string {
  return locale === "en" ? ENGLISH_DATES : locale;
}
