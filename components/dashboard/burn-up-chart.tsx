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

/** One drawing at a given width; the page shows a narrow one on phones and a wide one elsewhere. */
function BurnUpSvg({ history, width, ticks }: { history: ProgressBucket[]; width: number; ticks: number }) {
  const total = history.at(-1)!.total;
  // Each day is a band from its midnight to the next, so the last day has width.
  const start = dayOf(history[0]!.date, 0);
  const end = new Date(dayOf(history.at(-1)!.date, 0).getTime() + DAY_MS);
  const x = scaleUtc({ domain: [start, end], range: [0, width - MARGIN.left - MARGIN.right] });
  const y = scaleLinear({
    domain: [0, Math.max(total, 1)],
    range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0],
    nice: true,
  });
  const steps = [...history, { ...history.at(-1)!, date: end.toISOString().slice(0, 10) }];
  const point = (bucket: ProgressBucket) => x(dayOf(bucket.date, 0));
  // Label whole days only: at most `ticks` of them, evenly spread, always the last.
  const step = Math.max(1, Math.ceil(history.length / ticks));
  const tickDays = history
    .filter((_, index) => (history.length - 1 - index) % step === 0)
    .map((bucket) => dayOf(bucket.date));
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
        </g>
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
export function BurnUpChart({ title, history }: { title: string; history: ProgressBucket[] }) {
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
        <BurnUpSvg history={history} width={340} ticks={3} />
      </div>
      <div className="hidden sm:block">
        <BurnUpSvg history={history} width={720} ticks={6} />
      </div>
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        {title}: {first.finished} finished on {shortDate(dayOf(first.date))}, {last.finished} of {last.total} today.
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
