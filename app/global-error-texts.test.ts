import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/shared/i18n/locales";
import { GLOBAL_ERROR_TEXTS } from "./global-error-texts";

describe("the global error page's texts", () => {
  it.each(LOCALES)("are messages/%s.json's ErrorPanel, word for word", (locale) => {
    const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as { ErrorPanel: unknown };
    expect(GLOBAL_ERROR_TEXTS[locale]).toEqual(messages.ErrorPanel);
  });
});
