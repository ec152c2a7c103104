import type { ActivitySummary } from "@/app/lib/services/activity/activity-summary";
import { ChartDataTable } from "./chart-data-table";

const CELL = 11;
const GAP = 2;
const LEVELS = [
  "fill-slate-200 dark:fill-slate-800",
  "fill-emerald-200 dark:fill-emerald-900",
  "fill-emerald-400 dark:fill-emerald-700",
  "fill-emerald-600 dark:fill-emerald-500",
  "fill-emerald-800 dark:fill-emerald-300",
];

function level(count: number): number {
  if (count === 0) return 0;
  if (count < 3) return 1;
  if (count < 6) return 2;
  if (count < 10) return 3;
  return 4;
}

/**
 * The last 52 weeks as a calendar grid, a column per week (GitHub style). Plain
 * server-rendered SVG: no chart library draws calendar heatmaps, and this one
 * needs no JavaScript. Every cell has a title; the summary and the table of
 * active days carry the same facts for screen readers.
 */
export function ActivityHeatmap({ activity }: { activity: ActivitySummary }) {
  const weeks = Math.ceil(activity.days.length / 7);
  const width = weeks * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  const active = activity.days.filter((day) => day.count > 0);
  return (
    <figure className="space-y-2" data-testid="activity-heatmap">
      <div className="overflow-x-auto">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className="block">
          {activity.days.map((day, index) => (
            <rect
              key={day.date}
              x={Math.floor(index / 7) * (CELL + GAP)}
              y={(index % 7) * (CELL + GAP)}
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
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
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
