/** The p-th percentile (0-100, nearest rank) of some durations, in whole milliseconds. */
export function percentile(durations: readonly number[], p: number): number {
  if (durations.length === 0) return 0;
  const sorted = [...durations].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]!);
}
