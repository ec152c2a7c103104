import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ActivitySummary } from "@/server/services/activity/activity-summary";
import { formatDate } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import { textDirection } from "@/shared/i18n/locales";
import { usePageLocale } from "../i18n/use-page-locale";
import { ChartDataTable } from "./chart-data-table";
import { heatmapDayLabels, heatmapMonthLabels } from "./heatmap-month-labels";

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
// Room for the month names above the cells.
const TOP = 14;
const LEVELS = [
  "fill-slate-200 dark:fill-slate-800",
  "fill-emerald-200 dark:fill-emerald-900",
  "fill-emerald-400 dark:fill-emerald-700",
  "fill-emerald-600 dark:fill-emerald-500",
  "fill-emerald-800 dark:fill-emerald-300",
];
const LEVEL_NAMES = ["level0", "level1", "level2", "level3", "level4"] as const;
const LABEL_TEXT = "fill-slate-600 text-[10px] dark:fill-slate-400";

function level(count: number): number {
  if (count === 0) return 0;
  if (count < 3) return 1;
  if (count < 6) return 2;
  if (count < 10) return 3;
  return 4;
}

/**
 * Where a week's column starts, in px: left to right from the oldest week, or,
 * in a right-to-left language, right to left (the latest week on the left).
 */
export function heatmapColumnX(column: number, weeks: number, dir: "ltr" | "rtl"): number {
  return dir === "rtl" ? (weeks - 1 - column) * STEP : column * STEP;
}

// A 10 px label's glyphs are no wider than this on average (estimated: the labels are drawn on the server).
const LABEL_CHAR_PX = 6;

/**
 * Where each month's name is anchored: over its first column, reading on over
 * the later weeks (rightwards, or leftwards right to left), but never past the
 * grid's edge, which would cut it ("ديسمبر" over the latest week). A name
 * pushed back onto the previous one is left out.
 */
export function heatmapMonthPlacements(
  labels: readonly { column: number; label: string }[],
  weeks: number,
  dir: "ltr" | "rtl",
): { column: number; label: string; x: number }[] {
  const width = weeks * STEP;
  const placed: { column: number; label: string; x: number; from: number; to: number }[] = [];
  for (const { column, label } of labels) {
    const reach = label.length * LABEL_CHAR_PX;
    // In the reading direction's own terms: how far from the grid's start the name begins.
    const start = Math.min(column * STEP, width - reach);
    const previous = placed.at(-1);
    if (previous && start < previous.to + GAP) continue;
    // Right to left, the mirror image: from the right edge of the column's cells.
    const x = dir === "rtl" ? width - GAP - start : start;
    placed.push({ column, label, x, from: start, to: start + reach });
  }
  return placed.map(({ column, label, x }) => ({ column, label, x }));
}

/**
 * The last 52 weeks as a calendar grid, a column per week (GitHub style), with
 * month names, day names and a legend. Plain server-rendered SVG: no chart
 * library draws calendar heatmaps, and this one needs no JavaScript.
 *
 * Wider than a phone, the grid scrolls sideways, and it opens on the latest
 * week: the scroller is a reversed flex row, whose scrolling starts at its
 * right edge (its left edge in a right-to-left page), so the page is laid out
 * that way from the first paint (no script scrolls it later, nothing shifts).
 * In a right-to-left language the time axis mirrors: the latest week is on the
 * left, where the scroller opens, and each month's name reads leftwards. The scroller is focusable and named, so a
 * keyboard scrolls it too. Every cell has a title; the summary and the table of
 * active days carry the same facts for screen readers.
 */
export function ActivityHeatmap({ activity }: { activity: ActivitySummary }) {
  const id = useId();
  const t = useTranslations("ActivityHeatmap");
  const locale = usePageLocale();
  const dir = textDirection(locale);
  const dates = dateLocale(locale);
  const weeks = Math.ceil(activity.days.length / 7);
  const width = weeks * STEP;
  const height = TOP + 7 * STEP;
  const active = activity.days.filter((day) => day.count > 0);
  const dayLabels = heatmapDayLabels(locale);
  // Every other row, as GitHub does: all seven would not fit beside 11 px cells. Wide enough for the
  // longest name (Arabic's are whole words), by estimate: the labels are drawn on the server.
  const labelsWidth = Math.max(26, ...dayLabels.map(({ label }) => label.length * 6 + 2));
  return (
    <figure className="space-y-2" data-testid="activity-heatmap" data-dir={dir}>
      <div className="flex items-start gap-1">
        {/* The direction is the page's, said again so that "start" anchors each name at its inner edge. */}
        <svg width={labelsWidth} height={height} aria-hidden="true" direction={dir} className="block shrink-0">
          {dayLabels.map(({ row, label }) => (
            <text
              key={row}
              x={dir === "rtl" ? labelsWidth : 0}
              y={TOP + row * STEP + CELL - 2}
              textAnchor="start"
              className={LABEL_TEXT}
            >
              {label}
            </text>
          ))}
        </svg>
        <div
          role="region"
          // A scrolling region must take the focus, or a keyboard cannot scroll it (WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          aria-label={t("region")}
          aria-describedby={`${id}-summary`}
          className="flex min-w-0 flex-row-reverse overflow-x-auto rounded pb-1"
          data-testid="heatmap-scroller"
        >
          {/* me-auto: on a wide screen the grid sits at the start (left, or right in Arabic); on a narrow one
              it overflows towards the older weeks. */}
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            aria-hidden="true"
            direction={dir}
            className="me-auto block shrink-0"
            data-testid="heatmap-grid"
          >
            {heatmapMonthPlacements(heatmapMonthLabels(activity.days, locale), weeks, dir).map(
              ({ column, label, x }) => (
                <text key={`${column}-${label}`} x={x} y={10} textAnchor="start" className={LABEL_TEXT}>
                  {label}
                </text>
              ),
            )}
            {activity.days.map((day, index) => (
              <rect
                key={day.date}
                x={heatmapColumnX(Math.floor(index / 7), weeks, dir)}
                y={TOP + (index % 7) * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                className={LEVELS[level(day.count)]}
                data-date={day.date}
                data-count={day.count}
              >
                <title>{t("cell", { count: day.count, day: formatDate(day.date, { locale: dates }) })}</title>
              </rect>
            ))}
          </svg>
        </div>
      </div>
      <div
        className="flex flex-wrap items-center justify-end gap-1 text-xs text-slate-600 dark:text-slate-400"
        data-testid="heatmap-legend"
      >
        <span aria-hidden="true">{t("less")}</span>
        <ul aria-label={t("colours")} className="flex gap-0.5">
          {LEVELS.map((fill, index) => (
            <li key={fill}>
              <svg width={CELL} height={CELL} aria-hidden="true" className="block">
                <rect width={CELL} height={CELL} rx={2} className={fill}>
                  <title>{t(LEVEL_NAMES[index]!)}</title>
                </rect>
              </svg>
              <span className="sr-only">{t(LEVEL_NAMES[index]!)}</span>
            </li>
          ))}
        </ul>
        <span aria-hidden="true">{t("more")}</span>
      </div>
      <figcaption id={`${id}-summary`} className="text-sm text-slate-700 dark:text-slate-300">
        {t("summary", { changes: activity.totalChanges, days: active.length })}
      </figcaption>
      {active.length > 0 && (
        <ChartDataTable
          summary={t("tableSummary")}
          caption={t("tableCaption")}
          columns={[t("dayColumn"), t("changesColumn")]}
          rows={active.map((day) => ({ key: day.date, cells: [formatDate(day.date, { locale: dates }), day.count] }))}
        />
      )}
    </figure>
  );
}
