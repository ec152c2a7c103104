import { AxisBottom, AxisLeft } from "@visx/axis";
import { curveStepAfter } from "@visx/curve";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { AreaClosed, LinePath } from "@visx/shape";
import type { ProgressBucket } from "@/app/lib/services/activity/burn-up";
import { ChartDataTable } from "./chart-data-table";

const HEIGHT = 220;
const MARGIN = { top: 10, right: 16, bottom: 28, left: 36 };

function dayOf(date: string, hour = 12): Date {
  return new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
}

const DAY_MS = 86_400_000;

function shortDate(date: Date): string {
  return date.toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}

function longDate(day: string): string {
  return dayOf(day).toLocaleDateString("en", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
}

/** What each line means; the projections appear only when drawn. */
function BurnUpLegend({ projection }: { projection?: BurnUpProjection }) {
  const entries = [
    { label: "Finished", swatch: "border-t-2 border-emerald-600 dark:border-emerald-400" },
    { label: "All items", swatch: "border-t-2 border-dashed border-slate-500 dark:border-slate-400" },
    ...(projection?.finishOn
      ? [{ label: "At this pace", swatch: "border-t-2 border-dashed border-indigo-600 dark:border-indigo-400" }]
      : []),
    ...(projection?.targetDate
      ? [{ label: "Needed for your target", swatch: "border-t-2 border-dotted border-amber-600 dark:border-amber-400" }]
      : []),
  ];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
      {entries.map((entry) => (
        <li key={entry.label} className="flex items-center gap-1.5">
          <span className={`inline-block w-5 ${entry.swatch}`} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** Where the chart's lines into the future go: the forecast and the target date (YYYY-MM-DD), when known. */
export interface BurnUpProjection {
  finishOn: string | null;
  targetDate: string | null;
}

/**
 * A straight line from today's count to the whole roadmap on a day, cut at the
 * chart's right edge when that day lies beyond it.
 */
function towards(from: Date, finished: number, day: string, total: number, edge: Date) {
  const to = new Date(dayOf(day, 0).getTime() + DAY_MS);
  if (to <= edge)
    return [
      { at: from, value: finished },
      { at: to, value: total },
    ];
  const share = (edge.getTime() - from.getTime()) / (to.getTime() - from.getTime());
  return [
    { at: from, value: finished },
    { at: edge, value: finished + (total - finished) * share },
  ];
}

/**
 * How far into the future the chart reaches: to the later of forecast and target, but no
 * further than twice its past (at least 13 weeks, at most a year), so the history keeps its room.
 */
function chartEnd(history: ProgressBucket[], projection: BurnUpProjection | undefined): Date {
  const today = new Date(dayOf(history.at(-1)!.date, 0).getTime() + DAY_MS);
  const days = [projection?.finishOn, projection?.targetDate].filter((day): day is string => Boolean(day));
  if (days.length === 0) return today;
  const wanted = Math.max(...days.map((day) => dayOf(day, 0).getTime() + DAY_MS));
  const reach = Math.min(365, Math.max(91, 2 * history.length)) * DAY_MS;
  return new Date(Math.max(today.getTime(), Math.min(wanted, today.getTime() + reach)));
}

/** One drawing at a given width; the page shows a narrow one on phones and a wide one elsewhere. */
function BurnUpSvg({
  history,
  width,
  ticks,
  projection,
}: {
  history: ProgressBucket[];
  width: number;
  ticks: number;
  projection?: BurnUpProjection;
}) {
  const total = history.at(-1)!.total;
  // Each day is a band from its midnight to the next, so the last day has width.
  const start = dayOf(history[0]!.date, 0);
  const today = new Date(dayOf(history.at(-1)!.date, 0).getTime() + DAY_MS);
  const end = chartEnd(history, projection);
  const x = scaleUtc({ domain: [start, end], range: [0, width - MARGIN.left - MARGIN.right] });
  const y = scaleLinear({
    domain: [0, Math.max(total, 1)],
    range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0],
    nice: true,
  });
  const steps = [...history, { ...history.at(-1)!, date: today.toISOString().slice(0, 10) }];
  const point = (bucket: ProgressBucket) => x(dayOf(bucket.date, 0));
  const finished = history.at(-1)!.finished;
  const forecast = projection?.finishOn ? towards(today, finished, projection.finishOn, total, end) : null;
  const target =
    projection?.targetDate && projection.targetDate >= history.at(-1)!.date
      ? towards(today, finished, projection.targetDate, total, end)
      : null;
  // Label whole days only: at most `ticks` of them, evenly spread over the past, always today,
  // and the chart's far end when it reaches into the future.
  const step = Math.max(1, Math.ceil(history.length / (end > today ? Math.max(ticks - 1, 1) : ticks)));
  const tickDays = history
    .filter((_, index) => (history.length - 1 - index) % step === 0)
    .map((bucket) => dayOf(bucket.date));
  if (end > today) tickDays.push(new Date(end.getTime() - DAY_MS / 2));
  const label = { fill: "currentColor", fontSize: 12, fontFamily: "inherit" };
  return (
    <svg viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" aria-hidden="true" className="overflow-visible">
      <Group left={MARGIN.left} top={MARGIN.top}>
        <g className="text-slate-200 dark:text-slate-800">
          <GridRows scale={y} width={width - MARGIN.left - MARGIN.right} numTicks={4} stroke="currentColor" />
        </g>
        <g className="text-slate-500 dark:text-slate-400">
          <LinePath
            data={steps}
            x={point}
            y={(bucket) => y(bucket.total)}
            curve={curveStepAfter}
            stroke="currentColor"
            strokeDasharray="4 4"
          />
          {end > today && (
            <line x1={x(today)} x2={x(end)} y1={y(total)} y2={y(total)} stroke="currentColor" strokeDasharray="4 4" />
          )}
        </g>
        {target && (
          <g className="text-amber-600 dark:text-amber-400" data-testid="burn-up-target">
            <LinePath
              data={target}
              x={(point) => x(point.at)}
              y={(point) => y(point.value)}
              stroke="currentColor"
              strokeWidth={2}
              strokeDasharray="2 4"
              strokeLinecap="round"
            />
          </g>
        )}
        {forecast && (
          <g className="text-indigo-600 dark:text-indigo-400" data-testid="burn-up-projection">
            <LinePath
              data={forecast}
              x={(point) => x(point.at)}
              y={(point) => y(point.value)}
              stroke="currentColor"
              strokeWidth={2}
              strokeDasharray="6 4"
            />
          </g>
        )}
        <g className="text-emerald-600 dark:text-emerald-400">
          <AreaClosed
            data={steps}
            x={point}
            y={(bucket) => y(bucket.finished)}
            yScale={y}
            curve={curveStepAfter}
            fill="currentColor"
            fillOpacity={0.25}
            stroke="currentColor"
            strokeWidth={2}
          />
        </g>
        <g className="text-slate-600 dark:text-slate-400">
          <AxisLeft scale={y} numTicks={4} hideTicks hideAxisLine tickLabelProps={label} />
          <AxisBottom
            top={HEIGHT - MARGIN.top - MARGIN.bottom}
            scale={x}
            tickValues={tickDays}
            tickFormat={(value) => shortDate(value as Date)}
            tickLabelProps={label}
            stroke="currentColor"
            tickStroke="currentColor"
          />
        </g>
      </Group>
    </svg>
  );
}

/**
 * Items finished over time against the roadmap's size (a burn-up chart), drawn
 * on the server with visx (no JavaScript in the browser), with the same numbers
 * as a table for screen readers and anyone who prefers one.
 */
export function BurnUpChart({
  title,
  history,
  projection,
}: {
  title: string;
  history: ProgressBucket[];
  projection?: BurnUpProjection;
}) {
  if (history.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">No history yet: tick an item to start the chart.</p>
    );
  }
  const first = history[0]!;
  const last = history.at(-1)!;
  // Only the days on which something changed, for the table.
  const changes = history.filter((bucket, index) => index === 0 || bucket.finished !== history[index - 1]!.finished);
  return (
    <figure className="space-y-2" data-testid="burn-up">
      <div className="sm:hidden">
        <BurnUpSvg history={history} width={340} ticks={3} projection={projection} />
      </div>
      <div className="hidden sm:block">
        <BurnUpSvg history={history} width={720} ticks={6} projection={projection} />
      </div>
      <BurnUpLegend projection={projection} />
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        {title}: {first.finished} finished on {shortDate(dayOf(first.date))}, {last.finished} of {last.total} today.
        {projection?.finishOn && ` At this pace, all ${last.total} by ${longDate(projection.finishOn)}.`}
        {projection?.targetDate && ` Target: ${longDate(projection.targetDate)}.`}
      </figcaption>
      <ChartDataTable
        summary="Burn-up data as a table"
        caption={`Finished items of ${title} by day`}
        columns={["Day", "Finished", "Done"]}
        rows={changes.map((bucket) => ({ key: bucket.date, cells: [bucket.date, bucket.finished, bucket.done] }))}
      />
    </figure>
  );
}
