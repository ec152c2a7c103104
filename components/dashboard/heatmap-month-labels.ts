const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A label needs this many week columns before the next one, or the two would overlap. */
export const MIN_LABEL_GAP_WEEKS = 3;

/**
 * Month names over the heatmap's week columns (`days` are YYYY-MM-DD strings,
 * seven a column): a name over the first column whose week starts in that
 * month, like GitHub's graph. The first column's name is left out when the
 * next one follows too closely to fit. Read from the date strings themselves,
 * so the server and every browser draw the same labels whatever their zone.
 */
export function heatmapMonthLabels(days: readonly { date: string }[]): { column: number; label: string }[] {
  const labels: { column: number; label: string }[] = [];
  let previous = -1;
  for (let column = 0; column * 7 < days.length; column += 1) {
    const month = Number(days[column * 7]!.date.slice(5, 7)) - 1;
    if (month !== previous) labels.push({ column, label: MONTHS[month]! });
    previous = month;
  }
  if (labels.length > 1 && labels[1]!.column - labels[0]!.column < MIN_LABEL_GAP_WEEKS) labels.shift();
  return labels;
}
