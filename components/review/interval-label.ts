/** "in 1 day", "in 6 days", "in 3 months": how far the next review is, for a rating button. */
export function intervalLabel(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "in 1 day";
  if (days < 60) return `in ${days} days`;
  if (days < 730) return `in ${Math.round(days / 30)} months`;
  return `in ${Math.round(days / 365)} years`;
}
