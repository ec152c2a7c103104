/** A pace as "2.5 items a week" (one decimal; "1 item"). */
export function formatPace(pace: number): string {
  const rounded = Math.round(pace * 10) / 10;
  return `${rounded} item${rounded === 1 ? "" : "s"} a week`;
}

/** "3 weeks", "5 days": how far ahead or behind, roughly. */
export function formatDuration(days: number): string {
  const abs = Math.abs(days);
  if (abs >= 14) return `${Math.round(abs / 7)} weeks`;
  return `${abs} day${abs === 1 ? "" : "s"}`;
}
