/** A label needs this many week columns before the next one, or the two would overlap. */
export const MIN_LABEL_GAP_WEEKS = 3;

// Building a formatter costs far more than using one.
const monthNames = new Map<string, string[]>();

/** The twelve short month names in a language, by Intl ("Jan" ... "Dec" in English). */
function monthsIn(locale: string): string[] {
  let names = monthNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
    names = Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2026, month, 15))));
    monthNames.set(locale, names);
  }
  return names;
}

/**
 * Month names over the heatmap's week columns (`days` are YYYY-MM-DD strings,
 * seven a column): a name over the first column whose week starts in that
 * month, like GitHub's graph, in the page's language (`locale`, an Intl tag).
 * The first column's name is left out when the next one follows too closely to
 * fit. Read from the date strings themselves, so the server and every browser
 * draw the same labels whatever their zone.
 */
export function heatmapMonthLabels(
  days: readonly { date: string }[],
  locale = "en",
): { column: number; label: string }[] {
  const months = monthsIn(locale);
  const labels: { column: number; label: string }[] = [];
  let previous = -1;
  for (let column = 0; column * 7 < days.length; column += 1) {
    const month = Number(days[column * 7]!.date.slice(5, 7)) - 1;
    if (month !== previous) labels.push({ column, label: months[month]! });
    previous = month;
  }
  if (labels.length > 1 && labels[1]!.column - labels[0]!.column < MIN_LABEL_GAP_WEEKS) labels.shift();
  return labels;
}

/** Short names of the weekdays of rows 1, 3 and 5 (Monday, Wednesday, Friday: the grid's weeks start on Sunday). */
export function heatmapDayLabels(locale = "en"): { row: number; label: string }[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 2026-01-04 is a Sunday: row r is r days later.
  return [1, 3, 5].map((row) => ({ row, label: format.format(new Date(Date.UTC(2026, 0, 4 + row, 12))) }));
}
