import { useLocale } from "next-intl";
import { dateLocale } from "@/shared/i18n/date-locale";
import { DEFAULT_LOCALE, isLocale, textDirection, type Locale } from "@/shared/i18n/locales";

/*
 * The page's language as components that write dates and draw charts need it
 * (server and client alike: next-intl's useLocale works in both).
 */

/** The page's language (English if next-intl ever answered something else). */
export function usePageLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** The Intl locale dates are written in on this page ("5 Dec 2026" in English). */
export function useDateLocale(): string {
  return dateLocale(usePageLocale());
}

/** The page's direction: a chart's time axis runs right to left in Arabic. */
export function useTextDirection(): "ltr" | "rtl" {
  return textDirection(usePageLocale());
}
