import type { Translate } from "@/shared/i18n/translate";

/*
 * The words of the link-preview cards, apart from their drawing (og-card.tsx),
 * in the card's language: `t` is the OgCard messages of the owner's saved
 * language, or English (shared/i18n/owner-locale.ts). Titles stay as written.
 */

export interface OgTexts {
  eyebrow: string;
  title: string;
  lines: string[];
}

/** The plain card: for a roadmap or profile there is nothing to show of. */
export function waymarkCardTexts(t: Translate): OgTexts {
  return { eyebrow: t("tagline"), title: "Waymark", lines: [] };
}

/** A roadmap's card: who wrote it, its size, what it is about (already clamped by the caller). */
export function roadmapCardTexts(
  roadmap: { title: string; owner: string | null; sectionCount: number; itemCount: number; description: string | null },
  t: Translate,
): OgTexts {
  return {
    eyebrow: roadmap.owner ? t("roadmapBy", { owner: roadmap.owner }) : t("roadmap"),
    title: roadmap.title,
    lines: [
      t("roadmapSize", { sections: roadmap.sectionCount, items: roadmap.itemCount }),
      ...(roadmap.description ? [roadmap.description] : []),
    ],
  };
}

/** A learner's card: who, and their streak and changes (the bars are the roadmaps' own titles). */
export function profileCardTexts(
  profile: { login: string; name: string | null; activity: { currentStreak: number; totalChanges: number } },
  t: Translate,
): OgTexts {
  const changes = t("changes", { count: profile.activity.totalChanges });
  const streak = profile.activity.currentStreak;
  return {
    eyebrow: t("profileEyebrow", { login: profile.login }),
    title: profile.name ?? profile.login,
    lines: [streak > 0 ? t("streakAndChanges", { streak: t("streak", { days: streak }), changes }) : changes],
  };
}
