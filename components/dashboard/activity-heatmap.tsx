import { useId } from "react";
import type { ActivitySummary } from "@/server/services/activity/activity-summary";
import { ChartDataTable } from "./chart-data-table";
import { heatmapMonthLabels } from "./heatmap-month-labels";

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
const LEVEL_NAMES = ["no changes", "1 or 2 changes", "3 to 5 changes", "6 to 9 changes", "10 or more changes"];
// Every other row, as GitHub does: all seven would not fit beside 11 px cells.
const DAY_LABELS = [
  { row: 1, label: "Mon" },
  { row: 3, label: "Wed" },
  { row: 5, label: "Fri" },
];
const LABEL_TEXT = "fill-slate-600 text-[10px] dark:fill-slate-400";

function level(count: number): number {
  if (count === 0) return 0;
  if (count < 3) return 1;
  if (count < 6) return 2;
  if (count < 10) return 3;
  return 4;
}

/**
 * The last 52 weeks as a calendar grid, a column per week (GitHub style), with
 * month names, day names and a legend. Plain server-rendered SVG: no chart
 * library draws calendar heatmaps, and this one needs no JavaScript.
 *
 * Wider than a phone, the grid scrolls sideways, and it opens on the latest
 * week: the scroller is a reversed flex row, whose scrolling starts at its
 * right edge, so the page is laid out that way from the first paint (no script
 * scrolls it later, nothing shifts). The scroller is focusable and named, so a
 * keyboard scrolls it too. Every cell has a title; the summary and the table of
 * active days carry the same facts for screen readers.
 */
export function ActivityHeatmap({ activity }: { activity: ActivitySummary }) {
  const id = useId();
  const weeks = Math.ceil(activity.days.length / 7);
  const width = weeks * STEP;
  const height = TOP + 7 * STEP;
  const active = activity.days.filter((day) => day.count > 0);
  return (
    <figure className="space-y-2" data-testid="activity-heatmap">
      <div className="flex items-start gap-1">
        <svg width={26} height={height} aria-hidden="true" className="block shrink-0">
          {DAY_LABELS.map(({ row, label }) => (
            <text key={label} x={0} y={TOP + row * STEP + CELL - 2} className={LABEL_TEXT}>
              {label}
            </text>
          ))}
        </svg>
        <div
          role="region"
          // A scrolling region must take the focus, or a keyboard cannot scroll it (WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          aria-label="Activity grid, latest week on the right"
          aria-describedby={`${id}-summary`}
          className="flex min-w-0 flex-row-reverse overflow-x-auto rounded pb-1"
          data-testid="heatmap-scroller"
        >
          {/* mr-auto: on a wide screen the grid sits on the left; on a narrow one it overflows leftwards. */}
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            aria-hidden="true"
            className="mr-auto block shrink-0"
          >
            {heatmapMonthLabels(activity.days).map(({ column, label }) => (
              <text key={`${column}-${label}`} x={column * STEP} y={10} className={LABEL_TEXT}>
                {label}
              </text>
            ))}
            {activity.days.map((day, index) => (
              <rect
                key={day.date}
                x={Math.floor(index / 7) * STEP}
                y={TOP + (index % 7) * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                className={LEVELS[level(day.count)]}
                data-date={day.date}
                data-count={day.count}
              >
                <title>{`${day.count} change${day.count === 1 ? "" : "s"} on ${day.date}`}</title>
              </rect>
            ))}
          </svg>
        </div>
      </div>
      <div
        className="flex flex-wrap items-center justify-end gap-1 text-xs text-slate-600 dark:text-slate-400"
        data-testid="heatmap-legend"
      >
        <span aria-hidden="true">Less</span>
        <ul aria-label="Colours, from fewest to most changes a day" className="flex gap-0.5">
          {LEVELS.map((fill, index) => (
            <li key={fill}>
              <svg width={CELL} height={CELL} aria-hidden="true" className="block">
                <rect width={CELL} height={CELL} rx={2} className={fill}>
                  <title>{LEVEL_NAMES[index]}</title>
                </rect>
              </svg>
              <span className="sr-only">{LEVEL_NAMES[index]}</span>
            </li>
          ))}
        </ul>
        <span aria-hidden="true">More</span>
      </div>
      <figcaption id={`${id}-summary`} className="text-sm text-slate-700 dark:text-slate-300">
        {activity.totalChanges} status change{activity.totalChanges === 1 ? "" : "s"} on {active.length} day
        {active.length === 1 ? "" : "s"} in the last 52 weeks.
      </figcaption>
      {active.length > 0 && (
        <ChartDataTable
          summary="Active days as a table"
          caption="Status changes per day"
          columns={["Day", "Changes"]}
          rows={active.map((day) => ({ key: day.date, cells: [day.date, day.count] }))}
        />
      )}
    </figure>
  );
}
