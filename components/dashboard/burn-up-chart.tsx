import { AxisBottom, AxisLeft } from "@visx/axis";
import { curveStepAfter } from "@visx/curve";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { AreaClosed, LinePath } from "@visx/shape";
import type { ProgressBucket } from "@/server/services/activity/burn-up";
import { formatDate } from "@/shared/format-date";
import { addDays } from "@/shared/time-zone";
import { burnUpSpan, burnUpTicks, tickLabel, type BurnUpProjection } from "./burn-up-axis";
import { ChartDataTable } from "./chart-data-table";

export type { BurnUpProjection } from "./burn-up-axis";

const HEIGHT = 220;
const MARGIN = { top: 10, right: 16, bottom: 28, left: 36 };

function dayOf(date: string, hour = 12): Date {
  return new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
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

/** A straight line from today's count to the whole roadmap at the end of a day. */
function towards(from: Date, finished: number, day: string, total: number) {
  return [
    { at: from, value: finished },
    { at: dayOf(addDays(day, 1), 0), value: total },
  ];
}

/** One drawing at a given width; the page shows a narrow one on phones and a wide one elsewhere. */
function BurnUpSvg({
  history,
  width,
  maxTicks,
  projection,
}: {
  history: ProgressBucket[];
  width: number;
  maxTicks: number;
  projection?: BurnUpProjection;
}) {
  const total = history.at(-1)!.total;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  // Each day is a band from its midnight to the next, so the last day has width; the
  // chart reaches the finish line, the later of the forecast and the target.
  const span = burnUpSpan(history, projection);
  const start = dayOf(span.first, 0);
  const today = dayOf(addDays(span.today, 1), 0);
  const end = dayOf(addDays(span.last, 1), 0);
  const x = scaleUtc({ domain: [start, end], range: [0, plotWidth] });
  const y = scaleLinear({
    domain: [0, Math.max(total, 1)],
    range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0],
    nice: true,
  });
  const steps = [...history, { ...history.at(-1)!, date: addDays(span.today, 1) }];
  const point = (bucket: ProgressBucket) => x(dayOf(bucket.date, 0));
  const finished = history.at(-1)!.finished;
  const forecast = projection?.finishOn ? towards(today, finished, projection.finishOn, total) : null;
  const target =
    projection?.targetDate && projection.targetDate >= span.today
      ? towards(today, finished, projection.targetDate, total)
      : null;
  // Whole days, labelled under their middle, never one label over another.
  const ticks = burnUpTicks(span, {
    width: plotWidth,
    overhang: { left: MARGIN.left - 4, right: MARGIN.right },
    maxTicks,
    labelOf: tickLabel(span),
  });
  const label = { fill: "currentColor", fontSize: 12, fontFamily: "inherit" };
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      aria-hidden="true"
      className="overflow-visible"
      data-first-day={span.first}
      data-last-day={span.last}
    >
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
            tickValues={ticks.map((tick) => dayOf(tick.day))}
            tickFormat={(_value, index) => tickLabel(span)(ticks[index]!.day)}
            tickLabelProps={(_value, index) => ({ ...label, textAnchor: ticks[index]!.anchor })}
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
        <BurnUpSvg history={history} width={340} maxTicks={4} projection={projection} />
      </div>
      <div className="hidden sm:block">
        <BurnUpSvg history={history} width={720} maxTicks={7} projection={projection} />
      </div>
      <BurnUpLegend projection={projection} />
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        {title}: {first.finished} finished on {formatDate(first.date)}, {last.finished} of {last.total} today.
        {projection?.finishOn && ` At this pace, all ${last.total} by ${formatDate(projection.finishOn)}.`}
        {projection?.targetDate && ` Target: ${formatDate(projection.targetDate)}.`}
      </figcaption>
      <ChartDataTable
        summary="Burn-up data as a table"
        caption={`Finished items of ${title} by day`}
        columns={["Day", "Finished", "Done"]}
        rows={changes.map((bucket) => ({
          key: bucket.date,
          cells: [formatDate(bucket.date), bucket.finished, bucket.done],
        }))}
      />
    </figure>
  );
}
