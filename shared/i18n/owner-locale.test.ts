import { describe, expect, it } from "vitest";
import { ownerLocale } from "./owner-locale";

describe("ownerLocale (badges, link-preview cards, calendar feeds)", () => {
  it("takes ?lang when Waymark speaks it, in any case", () => {
    expect(ownerLocale("ja", "de")).toBe("ja");
    expect(ownerLocale("pt-br", null)).toBe("pt-BR");
  });

  it("else the owner's saved language, else English", () => {
    expect(ownerLocale("fr", "ar")).toBe("ar");
    expect(ownerLocale(null, "es")).toBe("es");
    expect(ownerLocale("", "klingon")).toBe("en");
    expect(ownerLocale(undefined, undefined)).toBe("en");
  });
});
