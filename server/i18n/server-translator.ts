import "server-only";

import { createTranslator } from "next-intl";
import { getLocale, getTimeZone } from "next-intl/server";
import { cache } from "react";
import type { Locale } from "@/shared/i18n/locales";
import { formatCacheFor } from "./format-cache";
import type { Translate } from "@/shared/i18n/translate";

type Messages = Record<string, unknown>;

/** A language's messages, the whole file (the server needs no trimming). */
export async function messagesOf(locale: Locale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}

/**
 * Messages of one namespace in a language chosen by the caller, not by the
 * request (i18n/request.ts), for texts no browser asks for in its language:
 * badges, link-preview cards, calendar feeds (shared/i18n/owner-locale.ts).
 * Its Intl formatters are the process's (format-cache.ts), kept per language
 * and time zone. Without a time zone the messages must format no dates.
 */
export async function serverTranslator(locale: Locale, namespace: string, timeZone?: string): Promise<Translate> {
  const messages = await messagesOf(locale);
  const t = createTranslator({ locale, messages, namespace, timeZone, _cache: formatCacheFor(locale, timeZone) });
  // With untyped messages every key is `never` to next-intl: the messages test checks the keys instead.
  return t as unknown as Translate;
}

/**
 * The request's translator of one namespace: serverTranslator in the language
 * and time zone i18n/request.ts chose, for server components that write a
 * plural or a number on every request. next-intl's own translators build their
 * formatters anew for each request: measured on Explore in Spanish, the cards'
 * "{count, plural, …}" built an Intl.PluralRules and an Intl.NumberFormat
 * every time, 0.19 ms a page.
 */
export const requestTranslator = cache(async (namespace: string): Promise<Translate> => {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return serverTranslator(locale as Locale, namespace, timeZone);
});
