/** A translator of the "ReviewInterval" namespace. */
export type IntervalTranslate = (key: "today" | "days" | "months" | "years", values?: { count: number }) => string;

/** "in 1 day", "in 6 days", "in 3 months": how far the next review is, for a rating button. */
export function intervalLabel(t: IntervalTranslate, days: number): string {
  if (days <= 0) return t("today");
  if (days < 60) return t("days", { count: days });
  if (days < 730) return t("months", { count: Math.round(days / 30) });
  return t("years", { count: Math.round(days / 365) });
}
