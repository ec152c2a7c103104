import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { intervalLabel } from "./interval-label";

describe("intervalLabel", () => {
  it("says days, then months, then years", () => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "ReviewInterval" });
    expect([0, 1, 6, 59, 60, 400, 900].map((days) => intervalLabel(t, days))).toEqual([
      "today",
      "in 1 day",
      "in 6 days",
      "in 59 days",
      "in 2 months",
      "in 13 months",
      "in 2 years",
    ]);
  });

  it("in Arabic, by its plural rules", () => {
    const t = createTranslator({ locale: "ar", messages: ar, namespace: "ReviewInterval" });
    expect([1, 2, 6, 59].map((days) => intervalLabel(t, days))).toEqual([
      "بعد يوم واحد",
      "بعد يومين",
      "بعد 6 أيام",
      "بعد 59 يومًا",
    ]);
  });
});
