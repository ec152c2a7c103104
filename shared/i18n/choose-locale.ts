import { supportedLocale, type Locale } from "./locales";
import { negotiateLocale } from "./negotiate-locale";

/**
 * The language of a page: a signed-in learner's saved choice, else the choice
 * the browser's cookie keeps, else the browser's Accept-Language, else English.
 */
export function chooseLocale(sources: {
  userLocale?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  return (
    supportedLocale(sources.userLocale) ?? supportedLocale(sources.cookie) ?? negotiateLocale(sources.acceptLanguage)
  );
}
