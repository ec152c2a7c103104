import "server-only";

import { createTranslator } from "next-intl";
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
 */
export async function serverTranslator(locale: Locale, namespace: string): Promise<Translate> {
  const messages = await messagesOf(locale);
  // No time zone: these texts hold no dates formatted by a message.
  const t = createTranslator({ locale, messages, namespace, _cache: formatCacheFor(locale, undefined) });
  // With untyped messages every key is `never` to next-intl: the messages test checks the keys instead.
  return t as unknown as Translate;
}
