/** A translator of the "Plan" namespace (useTranslations("Plan") or pageTranslations("Plan")). */
export type PlanTranslate = (key: "pace" | "weeks" | "days", values: { count: number }) => string;

/** A pace as "2.5 items a week" (one decimal; "1 item"), in the page's language and its plural rules. */
export function formatPace(t: PlanTranslate, pace: number): string {
  return t("pace", { count: Math.round(pace * 10) / 10 });
}

/** "3 weeks", "5 days": how far ahead or behind, roughly. */
export function formatDuration(t: PlanTranslate, days: number): string {
  const abs = Math.abs(days);
  if (abs >= 14) return t("weeks", { count: Math.round(abs / 7) });
  return t("days", { count: abs });
}
