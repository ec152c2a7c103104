import { AxisBottom, AxisLeft, AxisRight } from "@visx/axis";
import { curveStepAfter } from "@visx/curve";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleLinear, scaleUtc } from "@visx/scale";
import { AreaClosed, LinePath } from "@visx/shape";
import { useTranslations } from "next-intl";
import type { ProgressBucket } from "@/server/services/activity/burn-up";
import { formatDate } from "@/shared/format-date";
import { dateLocale } from "@/shared/i18n/date-locale";
import { textDirection } from "@/shared/i18n/locales";
import { addDays } from "@/shared/time-zone";
import { usePageLocale } from "../i18n/use-page-locale";
import { burnUpSpan, burnUpTicks, tickLabel, type BurnUpProjection } from "./burn-up-axis";
import { ChartDataTable } from "./chart-data-table";

export type { BurnUpProjection } from "./burn-up-axis";

const HEIGHT = 220;
const MARGIN = { top: 10, right: 16, bottom: 28, left: 36 };
// Right to left, the count's axis is on the right and time runs leftwards: the margins mirror.
const MARGIN_RTL = { ...MARGIN, right: MARGIN.left, left: MARGIN.right };

function dayOf(date: string, hour = 12): Date {
  return new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
}

/** What each line means; the projections appear only when drawn. */
function BurnUpLegend({ projection }: { projection?: BurnUpProjection }) {
  const t = useTranslations("BurnUpChart");
  const entries = [
    { label: t("finished"), swatch: "border-t-2 border-emerald-600 dark:border-emerald-400" },
    { label: t("allItems"), swatch: "border-t-2 border-dashed border-slate-500 dark:border-slate-400" },
    ...(projection?.finishOn
      ? [{ label: t("atThisPace"), swatch: "border-t-2 border-dashed border-indigo-600 dark:border-indigo-400" }]
      : []),
    ...(projection?.targetDate
      ? [{ label: t("neededForTarget"), swatch: "border-t-2 border-dotted border-amber-600 dark:border-amber-400" }]
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

/**
 * One drawing at a given width; the page shows a narrow one on phones and a wide
 * one elsewhere. In a right-to-left language (`dir`) it is the mirror image:
 * time runs from right to left and the count's axis stands on the right, its
 * figures still written left to right. The day labels keep their anchors, which
 * the drawing's direction mirrors with them.
 */
export function BurnUpSvg({
  history,
  width,
  maxTicks,
  projection,
  locale,
  dir = "ltr",
}: {
  history: ProgressBucket[];
  width: number;
  maxTicks: number;
  projection?: BurnUpProjection;
  /** The Intl locale of the day labels and figures. */
  locale?: string;
  dir?: "ltr" | "rtl";
}) {
  const total = history.at(-1)!.total;
  const margin = dir === "rtl" ? MARGIN_RTL : MARGIN;
  const plotWidth = width - margin.left - margin.right;
  // Each day is a band from its midnight to the next, so the last day has width; the
  // chart reaches the finish line, the later of the forecast and the target.
  const span = burnUpSpan(history, projection);
  const start = dayOf(span.first, 0);
  const today = dayOf(addDays(span.today, 1), 0);
  const end = dayOf(addDays(span.last, 1), 0);
  const x = scaleUtc({ domain: [start, end], range: dir === "rtl" ? [plotWidth, 0] : [0, plotWidth] });
  const y = scaleLinear({
    domain: [0, Math.max(total, 1)],
    range: [HEIGHT - margin.top - margin.bottom, 0],
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
  // Whole days, labelled under their middle, never one label over another. Laid out from the
  // first day onwards, whichever side that is: the overhang past the first day is the count's margin.
  const labelOf = tickLabel(span, locale);
  const ticks = burnUpTicks(span, {
    width: plotWidth,
    overhang: { left: MARGIN.left - 4, right: MARGIN.right },
    maxTicks,
    labelOf,
  });
  const label = { fill: "currentColor", fontSize: 12, fontFamily: "inherit" };
  const figures = new Intl.NumberFormat(locale);
  const count = {
    scale: y,
    numTicks: 4,
    hideTicks: true,
    hideAxisLine: true,
    tickFormat: (value: { valueOf(): number }) => figures.format(value.valueOf()),
    // Figures read left to right in every language.
    tickLabelProps: { ...label, direction: "ltr" },
  };
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      aria-hidden="true"
      direction={dir}
      className="overflow-visible"
      data-first-day={span.first}
      data-last-day={span.last}
    >
      <Group left={margin.left} top={margin.top}>
        <g className="text-slate-200 dark:text-slate-800">
          <GridRows scale={y} width={plotWidth} numTicks={4} stroke="currentColor" />
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
          {dir === "rtl" ? <AxisRight left={plotWidth} {...count} /> : <AxisLeft {...count} />}
          <AxisBottom
            top={HEIGHT - margin.top - margin.bottom}
            scale={x}
            tickValues={ticks.map((tick) => dayOf(tick.day))}
            tickFormat={(_value, index) => labelOf(ticks[index]!.day)}
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
  const t = useTranslations("BurnUpChart");
  const pageLocale = usePageLocale();
  const locale = dateLocale(pageLocale);
  const dir = textDirection(pageLocale);
  const day = (date: string) => formatDate(date, { locale });
  if (history.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">{t("noHistory")}</p>;
  }
  const first = history[0]!;
  const last = history.at(-1)!;
  // Only the days on which something changed, for the table.
  const changes = history.filter((bucket, index) => index === 0 || bucket.finished !== history[index - 1]!.finished);
  return (
    <figure className="space-y-2" data-testid="burn-up" data-dir={dir}>
      <div className="sm:hidden">
        <BurnUpSvg history={history} width={340} maxTicks={4} projection={projection} locale={locale} dir={dir} />
      </div>
      <div className="hidden sm:block">
        <BurnUpSvg history={history} width={720} maxTicks={7} projection={projection} locale={locale} dir={dir} />
      </div>
      <BurnUpLegend projection={projection} />
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        {t("caption", {
          title,
          first: first.finished,
          firstDay: day(first.date),
          finished: last.finished,
          total: last.total,
        })}
        {projection?.finishOn && ` ${t("captionPace", { total: last.total, day: day(projection.finishOn) })}`}
        {projection?.targetDate && ` ${t("captionTarget", { day: day(projection.targetDate) })}`}
      </figcaption>
      <ChartDataTable
        summary={t("tableSummary")}
        caption={t("tableCaption", { title })}
        columns={[t("dayColumn"), t("finishedColumn"), t("doneColumn")]}
        rows={changes.map((bucket) => ({
          key: bucket.date,
          cells: [day(bucket.date), bucket.finished, bucket.done],
        }))}
      />
    </figure>
  );
}
