import { describe, expect, it } from "vitest";
import { testTranslator } from "@/shared/i18n/test-translator";
import { profileCardTexts, roadmapCardTexts, waymarkCardTexts } from "./og-texts";

const roadmap = { title: "Learning Go", owner: "octo", sectionCount: 2, itemCount: 1, description: "My plan." };
const profile = { login: "octo", name: "Octo Cat", activity: { currentStreak: 3, totalChanges: 1 } };

describe("the link-preview cards' words", () => {
  it("are English by default, as they have always been", () => {
    const t = testTranslator("en", "OgCard");
    expect(roadmapCardTexts(roadmap, t)).toEqual({
      eyebrow: "Learning roadmap by @octo",
      title: "Learning Go",
      lines: ["2 sections · 1 item, with curated resources", "My plan."],
    });
    expect(roadmapCardTexts({ ...roadmap, owner: null, itemCount: 44 }, t).lines[0]).toBe(
      "2 sections · 44 items, with curated resources",
    );
    expect(profileCardTexts(profile, t)).toEqual({
      eyebrow: "@octo on Waymark",
      title: "Octo Cat",
      lines: ["3-day streak · 1 change in 52 weeks"],
    });
    expect(profileCardTexts({ ...profile, activity: { currentStreak: 0, totalChanges: 12 } }, t).lines).toEqual([
      "12 changes in 52 weeks",
    ]);
    expect(waymarkCardTexts(t)).toEqual({ eyebrow: "Learning roadmaps you can tick off", title: "Waymark", lines: [] });
  });

  it("are in Japanese and in Arabic, with Arabic's plural forms; titles stay as written", () => {
    const ja = testTranslator("ja", "OgCard");
    expect(roadmapCardTexts(roadmap, ja)).toEqual({
      eyebrow: "@octo の学習ロードマップ",
      title: "Learning Go",
      lines: ["2 セクション · 1 項目、厳選したリソース付き", "My plan."],
    });
    expect(profileCardTexts(profile, ja).lines).toEqual(["3 日連続 · 52 週間で 1 件の変更"]);
    const ar = testTranslator("ar", "OgCard");
    expect(roadmapCardTexts(roadmap, ar).eyebrow).toBe("خريطة تعلّم من إعداد @octo");
    expect(roadmapCardTexts(roadmap, ar).lines[0]).toBe("قسمان · عنصر واحد، مع مصادر مختارة");
    expect(roadmapCardTexts({ ...roadmap, sectionCount: 3, itemCount: 44 }, ar).lines[0]).toBe(
      "3 أقسام · 44 عنصرًا، مع مصادر مختارة",
    );
    expect(profileCardTexts(profile, ar).lines).toEqual(["سلسلة من 3 أيام · تغيير واحد خلال 52 أسبوعًا"]);
    expect(waymarkCardTexts(ar).eyebrow).toBe("خرائط تعلّم تضع عليها علامة الإنجاز");
  });
});
