import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/shared/i18n/locales";
import { messagesOf, serverTranslator, type PageTranslator } from "./server-translator";

/*
 * The translators the process keeps (per language, time zone and namespace) answer what a
 * translator made afresh for one request answers, for every message of every namespace in every
 * language: a kept one handed to the wrong language, zone or namespace would differ somewhere.
 */

type Messages = { [key: string]: string | Messages };
type Values = Record<string, string | number | Date | ((chunks: string) => string)>;

function leaves(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[name, value] as [string, string]] : leaves(value, name);
  });
}

/** A value for every argument and tag of a message; `count` picks the plural forms. */
function valuesFor(elements: MessageFormatElement[], count: number, values: Values = {}): Values {
  for (const element of elements) {
    if (element.type === TYPE.argument) values[element.value] ??= `‹${element.value}›`;
    else if (element.type === TYPE.number) values[element.value] = count;
    else if (element.type === TYPE.date || element.type === TYPE.time) {
      values[element.value] = new Date(Date.UTC(2026, 10, 3, 23, 30));
    } else if (element.type === TYPE.tag) {
      values[element.value] = (chunks) => `<${element.value}>${chunks}</${element.value}>`;
      valuesFor(element.children, count, values);
    } else if (element.type === TYPE.plural) {
      values[element.value] = count;
      for (const option of Object.values(element.options)) valuesFor(option.value, count, values);
    } else if (element.type === TYPE.select) {
      values[element.value] ??= Object.keys(element.options)[0]!;
      for (const option of Object.values(element.options)) valuesFor(option.value, count, values);
    }
  }
  return values;
}

const COUNTS = [0, 1, 2, 5, 11, 100, 1.5];

const written = (t: PageTranslator, key: string, values: Values) =>
  (t.markup as (key: string, values: Values) => string)(key, values);

describe("serverTranslator (the translators the process keeps)", () => {
  // Every message of six languages, twice: give it time on a machine running other suites.
  it(
    "answers every message in every language as a translator made for one request does",
    { timeout: 60_000 },
    async () => {
      let compared = 0;
      for (const locale of LOCALES) {
        const messages = (await messagesOf(locale)) as Messages;
        for (const [namespace, inner] of Object.entries(messages)) {
          if (typeof inner === "string") continue;
          for (const timeZone of ["Europe/Paris", "Asia/Tokyo"]) {
            const kept = (await serverTranslator(locale, namespace, timeZone)) as unknown as PageTranslator;
            const fresh = createTranslator({ locale, messages, namespace, timeZone }) as unknown as PageTranslator;
            for (const [key, text] of leaves(inner)) {
              const elements = parse(text);
              // Counts matter only to messages with a plural or a number.
              const counts = /\{\s*\w+\s*,\s*(plural|selectordinal|number)/.test(text) ? COUNTS : [2];
              for (const count of counts) {
                const values = valuesFor(elements, count);
                expect(written(kept, key, values), `${locale} ${namespace}.${key}`).toBe(written(fresh, key, values));
                compared += 1;
              }
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(6 * 2 * 800);
    },
  );

  it("keeps one translator per language, time zone and namespace", async () => {
    const one = await serverTranslator("es", "Home", "Europe/Paris");
    expect(await serverTranslator("es", "Home", "Europe/Paris")).toBe(one);
    expect(await serverTranslator("es", "Home", "Asia/Tokyo")).not.toBe(one);
    expect(await serverTranslator("es", "Explore", "Europe/Paris")).not.toBe(one);
    expect(await serverTranslator("de", "Home", "Europe/Paris")).not.toBe(one);
    expect(await serverTranslator("es", "Home")).not.toBe(one);
  });
});
