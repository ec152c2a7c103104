/*
 * The two medians the benches print. Each bench keeps the kind it has always printed, so its
 * figures stay comparable with the ones recorded in docs/testing.md.
 */

/** The element at the middle of the sorted values, the upper of the two for an even count. */
export function upperMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median proper: for an even count, the mean of the two middle values. */
export function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}
