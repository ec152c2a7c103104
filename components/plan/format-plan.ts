/** A day (YYYY-MM-DD) as "15 Apr 2026": the day itself, whatever the reader's zone. */
export function formatDay(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

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
