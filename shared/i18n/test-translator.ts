import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import ja from "@/messages/ja.json";
import ptBR from "@/messages/pt-BR.json";
import type { Locale } from "./locales";
import type { Translate } from "./translate";

const MESSAGES: Record<Locale, Record<string, unknown>> = { en, es, "pt-BR": ptBR, de, ja, ar };

/** For tests: one namespace's messages in a language, as the server's translator gives them. */
export function testTranslator(locale: Locale, namespace: string): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace });
  // With untyped messages every key is `never` to next-intl: the messages test checks the keys instead.
  return t as unknown as Translate;
}
