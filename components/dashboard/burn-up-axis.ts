import { formatDate } from "@/shared/format-date";
import { addDays, daysBetween } from "@/shared/time-zone";

/*
 * The burn-up chart's time axis, as pure functions of days (YYYY-MM-DD) and
 * pixels, so that the unit tests can hold what the drawing promises: the axis
 * reaches the finish line (the later of forecast and target), and no two day
 * labels ever overlap, at any width.
 */

/** Where the chart's lines into the future go: the forecast and the target date (YYYY-MM-DD), when known. */
export interface BurnUpProjection {
  finishOn: string | null;
  targetDate: string | null;
}

export interface BurnUpSpan {
  /** The first day drawn: the history's first. */
  first: string;
  /** The history's last day. */
  today: string;
  /** The last day drawn: the later of today, the forecast and the target. */
  last: string;
}

/** From the first day of history to the finish line: the later of the forecast and the target, if ahead. */
export function burnUpSpan(days: readonly { date: string }[], projection?: BurnUpProjection): BurnUpSpan {
  const first = days[0]!.date;
  const today = days.at(-1)!.date;
  const ahead = [projection?.finishOn, projection?.targetDate].filter((day): day is string => !!day && day > today);
  return { first, today, last: ahead.reduce((latest, day) => (day > latest ? day : latest), today) };
}

/** Days drawn, each a band from its midnight to the next. */
export function spanDays(span: BurnUpSpan): number {
  return daysBetween(span.first, span.last) + 1;
}

/** A short label while the span stays within a year; with the year once it does not (in `locale`, an Intl tag). */
export function tickLabel(span: BurnUpSpan, locale?: string): (day: string) => string {
  const style = spanDays(span) > 330 ? "day" : "dayMonth";
  return (day) => formatDate(day, { style, locale });
}

export interface AxisTick {
  day: string;
  /** Centred under its day, or ending (starting) there when it would otherwise spill off the chart. */
  anchor: "middle" | "end" | "start";
}

export interface TickLayout {
  /** Width of the plot, in px. */
  width: number;
  /** How far a label may reach past the plot on the left and on the right (the chart's margins). */
  overhang: { left: number; right: number };
  /** At most this many labels. */
  maxTicks: number;
  labelOf: (day: string) => string;
}

// A 12 px system font: no glyph of a date label is wider than this on average, and
// a little air between neighbours. Labels are drawn on the server, so they are
// measured by estimate, on the generous side.
export const LABEL_CHAR_PX = 7;
export const LABEL_GAP_PX = 8;

/** The label's horizontal extent, in px of the plot. */
function extent(center: number, width: number, anchor: AxisTick["anchor"]): [number, number] {
  if (anchor === "end") return [center - width, center];
  if (anchor === "start") return [center, center + width];
  return [center - width / 2, center + width / 2];
}

/**
 * The days labelled under the chart: today first, then the finish line, the
 * first day, then days a whole number of steps (weeks, past two) from today, each
 * kept only when its label fits beside those already kept. In date order.
 */
export function burnUpTicks(span: BurnUpSpan, layout: TickLayout): AxisTick[] {
  const total = spanDays(span);
  const dayWidth = layout.width / total;
  const x = (day: string) => (daysBetween(span.first, day) + 0.5) * dayWidth;
  const rawStep = Math.max(1, Math.ceil(total / Math.max(layout.maxTicks - 1, 1)));
  const step = rawStep > 14 ? Math.ceil(rawStep / 7) * 7 : rawStep;
  const candidates = [span.today, span.last, span.first];
  for (let k = 1; k <= total; k += 1) {
    const before = addDays(span.today, -k * step);
    const after = addDays(span.today, k * step);
    if (before < span.first && after > span.last) break;
    if (before >= span.first) candidates.push(before);
    if (after <= span.last) candidates.push(after);
  }

  const kept: (AxisTick & { from: number; to: number })[] = [];
  for (const day of new Set(candidates)) {
    if (kept.length >= layout.maxTicks) break;
    const width = layout.labelOf(day).length * LABEL_CHAR_PX;
    const anchors = ["middle", "end", "start"] as const;
    for (const anchor of anchors) {
      const [from, to] = extent(x(day), width, anchor);
      const inside = from >= -layout.overhang.left && to <= layout.width + layout.overhang.right;
      const clear = kept.every((tick) => to + LABEL_GAP_PX <= tick.from || from >= tick.to + LABEL_GAP_PX);
      if (inside && clear) {
        kept.push({ day, anchor, from, to });
        break;
      }
      // An anchor other than the middle is only for a label that would spill off the chart.
      if (inside) break;
    }
  }
  return kept.sort((a, b) => (a.day < b.day ? -1 : 1)).map(({ day, anchor }) => ({ day, anchor }));
}
