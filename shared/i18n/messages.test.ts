import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "./locales";

/*
 * Every language has exactly the English keys, every message is valid ICU with
 * the same arguments and tags as the English one, and every plural has the forms
 * its language needs (Intl.PluralRules says which: Arabic's six, Japanese's one).
 */

type Messages = { [key: string]: string | Messages };

function load(locale: Locale): Messages {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));
}

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(name, value);
    else for (const [inner, text] of flatten(value, name)) flat.set(inner, text);
  }
  return flat;
}

interface Shape {
  names: Set<string>;
  plurals: { name: string; forms: string[] }[];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { names: new Set(), plurals: [] }): Shape {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
      shape.names.add(element.value);
    } else if (element.type === TYPE.tag) {
      shape.names.add(`<${element.value}>`);
      shapeOf(element.children, shape);
    } else if (element.type === TYPE.select || element.type === TYPE.plural) {
      shape.names.add(element.value);
      if (element.type === TYPE.plural && element.pluralType !== "ordinal") {
        shape.plurals.push({ name: element.value, forms: Object.keys(element.options) });
      }
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    }
  }
  return shape;
}

const english = flatten(load("en"));

describe.each(LOCALES)("messages/%s.json", (locale) => {
  const messages = flatten(load(locale));

  it("has exactly the English keys", () => {
    expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
  });

  it("parses as ICU, with the English message's arguments and tags", () => {
    for (const [key, text] of messages) {
      const parsed = shapeOf(parse(text, { requiresOtherClause: true }));
      const wanted = shapeOf(parse(english.get(key) ?? ""));
      expect([...parsed.names].sort(), key).toEqual([...wanted.names].sort());
    }
  });

  it("gives every plural the forms the language needs", () => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, text] of messages) {
      for (const plural of shapeOf(parse(text)).plurals) {
        const missing = needed.filter((form) => !plural.forms.includes(form));
        expect(missing, `${key}: {${plural.name}, plural} lacks`).toEqual([]);
      }
    }
  });
});
