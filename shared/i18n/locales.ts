/*
 * The interface's languages, as BCP 47 tags. A language joins by its tag here,
 * its name below and a messages/<tag>.json with every English key
 * (messages/messages.test.ts fails otherwise). See docs/languages.md.
 */
export const LOCALES = ["en", "es", "pt-BR", "de", "ja", "ar"] as const;

export type Locale = (typeof LOCALES)[number];

/** What a page speaks when nothing better is known. */
export const DEFAULT_LOCALE: Locale = "en";

/** A guest's choice (a signed-in learner's is User.locale); read by the server on every page. */
export const LOCALE_COOKIE = "locale";

/** Each language by its own name, as a switcher lists it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  de: "Deutsch",
  ja: "日本語",
  ar: "العربية",
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(["ar"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A supported tag written in any case ("pt-br" is pt-BR), or null. */
export function supportedLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const lower = value.trim().toLowerCase();
  return LOCALES.find((locale) => locale.toLowerCase() === lower) ?? null;
}

/** The `dir` of a page in the language. */
export function textDirection(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}
