import { describe, expect, it } from "vitest";
import { chooseLocale } from "./choose-locale";
import { isLocale, supportedLocale, textDirection } from "./locales";
import { negotiateLocale, parseAcceptLanguage } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["es", "es"],
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["de-AT", "de"],
    ["ja-JP", "ja"],
    ["ar-EG,ar;q=0.9", "ar"],
    ["pt", "pt-BR"],
    ["pt-PT", "pt-BR"],
    ["pt-br", "pt-BR"],
    ["fr-FR,fr;q=0.9", "en"],
    ["*", "en"],
    ["fr,de;q=0.5", "de"],
  ])("%j gives %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("follows q-values, not the order written", () => {
    expect(negotiateLocale("en;q=0.3,ja;q=0.9,de;q=0.5")).toBe("ja");
    expect(negotiateLocale("de;q=0.5, es")).toBe("es");
  });

  it("keeps the written order between equal q-values", () => {
    expect(negotiateLocale("ja;q=0.8,de;q=0.8")).toBe("ja");
  });

  it("leaves out q=0 and malformed ranges", () => {
    expect(negotiateLocale("es;q=0,de")).toBe("de");
    expect(parseAcceptLanguage("es;q=0, <script>, de;q=0.7, ja;q=2")).toEqual(["ja", "de"]);
  });

  it("reads a bounded part of a huge header", () => {
    const header = `${"xx-YY;q=0.9,".repeat(100_000)}es`;
    const started = performance.now();
    expect(negotiateLocale(header)).toBe("en");
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("chooseLocale", () => {
  it("prefers the learner's saved choice, then the cookie, then the browser", () => {
    expect(chooseLocale({ userLocale: "ar", cookie: "de", acceptLanguage: "es" })).toBe("ar");
    expect(chooseLocale({ userLocale: null, cookie: "de", acceptLanguage: "es" })).toBe("de");
    expect(chooseLocale({ cookie: "klingon", acceptLanguage: "es" })).toBe("es");
    expect(chooseLocale({})).toBe("en");
  });
});

describe("locales", () => {
  it("knows its tags, their case and direction", () => {
    expect(isLocale("pt-BR")).toBe(true);
    expect(isLocale("pt-br")).toBe(false);
    expect(supportedLocale(" PT-br ")).toBe("pt-BR");
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ja")).toBe("ltr");
  });
});
