import "server-only";

import { LRUCache } from "lru-cache";
import { createTranslator } from "next-intl";
import { getLocale, getTimeZone, type getTranslations } from "next-intl/server";
import { cache } from "react";
import type { Locale } from "@/shared/i18n/locales";
import { formatCacheFor } from "./format-cache";
import type { Translate } from "@/shared/i18n/translate";

type Messages = Record<string, unknown>;

/** A translator as next-intl's getTranslations gives one: t(), t.rich(), t.markup(), t.has(), t.raw(). */
export type PageTranslator = Awaited<ReturnType<typeof getTranslations<string>>>;

/** A language's messages, the whole file (the server needs no trimming). */
export async function messagesOf(locale: Locale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}

/*
 * Translators kept by the process, one per language, time zone and namespace. A translator is a
 * pure function of those three and the deployed messages, so every request may share it; its Intl
 * formatters are the process's too (format-cache.ts). next-intl's getTranslations makes a new one
 * for every namespace of every request, with new formatters (about 20 µs each, measured by
 * `npm run bench:translation`: 16% of the translating a page does). The time zone comes from a
 * cookie, so the number kept is bounded, the least recently used one dropped.
 */
const translators = new LRUCache<string, PageTranslator>({ max: 1024 });

async function keptTranslator(
  locale: Locale,
  namespace: string,
  timeZone: string | undefined,
): Promise<PageTranslator> {
  const key = `${locale} ${timeZone ?? ""} ${namespace}`;
  const kept = translators.get(key);
  if (kept) return kept;
  const messages = await messagesOf(locale);
  const made = createTranslator({ locale, messages, namespace, timeZone, _cache: formatCacheFor(locale, timeZone) });
  // With untyped messages every key is `never` to createTranslator: the messages test checks the keys instead.
  const translator = made as unknown as PageTranslator;
  translators.set(key, translator);
  return translator;
}

/**
 * Messages of one namespace in a language chosen by the caller, not by the
 * request (i18n/request.ts), for texts no browser asks for in its language:
 * badges, link-preview cards, calendar feeds (shared/i18n/owner-locale.ts).
 * Without a time zone the messages must format no dates.
 */
export async function serverTranslator(locale: Locale, namespace: string, timeZone?: string): Promise<Translate> {
  return (await keptTranslator(locale, namespace, timeZone)) as unknown as Translate;
}

/**
 * The request's translator of one namespace, for server components and their
 * metadata: what next-intl's getTranslations(namespace) answers (the language and
 * time zone i18n/request.ts chose, the same messages, next-intl's own handling
 * of a missing message), kept by the process instead of made for each request.
 */
export const pageTranslations = cache(async (namespace: string): Promise<PageTranslator> => {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return keptTranslator(locale as Locale, namespace, timeZone);
});
