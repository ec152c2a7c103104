import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { formatDuration, formatPace } from "./format-plan";

describe("a plan's pace and durations", () => {
  it("keep their English", () => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "Plan" });
    expect([0, 1, 2.54, 3].map((pace) => formatPace(t, pace))).toEqual([
      "0 items a week",
      "1 item a week",
      "2.5 items a week",
      "3 items a week",
    ]);
    expect([1, 5, -13, 21].map((days) => formatDuration(t, days))).toEqual(["1 day", "5 days", "13 days", "3 weeks"]);
  });

  it("follow Arabic's six plural forms", () => {
    const t = createTranslator({ locale: "ar", messages: ar, namespace: "Plan" });
    // zero, one, two, few (3-10), many (11-99), other (100 and fractions): six sentences.
    const forms = [0, 1, 2, 3, 11, 100].map((pace) => formatPace(t, pace));
    expect(new Set(forms).size).toBe(6);
    expect(forms.slice(0, 5)).toEqual([
      "0 عنصر في الأسبوع",
      "عنصر واحد في الأسبوع",
      "عنصران في الأسبوع",
      "3 عناصر في الأسبوع",
      "11 عنصرًا في الأسبوع",
    ]);
    expect(formatDuration(t, 2)).toBe("يومان");
    expect(formatDuration(t, 21)).toBe("3 أسابيع");
  });

  it("have one form in Japanese", () => {
    expect(formatPace(createTranslator({ locale: "ja", messages: ja, namespace: "Plan" }), 1)).toBe("週1項目");
  });
});
