import { Group } from "@visx/group";
import { Pie } from "@visx/shape";
import { useTranslations } from "next-intl";
import type { Completion } from "@/shared/completion";

const SIZE = 160;
const OUTER = 76;
const THICKNESS = 18;

/**
 * The roadmap's completion as a ring, drawn on the server with visx: no
 * JavaScript reaches the browser. The caption carries every number; the drawing
 * is decorative.
 */
export function CompletionRing({ title, completion }: { title: string; completion: Completion }) {
  const t = useTranslations("CompletionRing");
  const { total, done, skipped, inProgress, percent } = completion;
  const notStarted = Math.max(total - done - skipped - inProgress, 0);
  const parts = [
    {
      key: "done",
      name: t("done"),
      value: done,
      className: "fill-emerald-600 dark:fill-emerald-400",
      swatch: "bg-emerald-600 dark:bg-emerald-400",
    },
    {
      key: "skipped",
      name: t("skipped"),
      value: skipped,
      className: "fill-teal-300 dark:fill-teal-700",
      swatch: "bg-teal-300 dark:bg-teal-700",
    },
    {
      key: "inProgress",
      name: t("inProgress"),
      value: inProgress,
      className: "fill-amber-500 dark:fill-amber-400",
      swatch: "bg-amber-500 dark:bg-amber-400",
    },
    {
      key: "notStarted",
      name: t("notStarted"),
      value: notStarted,
      className: "fill-slate-200 dark:fill-slate-800",
      // Outlined: the lightest grey alone would vanish into the card.
      swatch: "bg-slate-200 ring-1 ring-slate-400 dark:bg-slate-800 dark:ring-slate-500",
    },
  ];
  const slices = parts.filter((slice) => slice.value > 0);
  return (
    <figure className="flex flex-col items-center gap-2" data-testid="completion-ring">
      <div className="relative" style={{ width: SIZE, height: SIZE }}>
        <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
          <Group top={SIZE / 2} left={SIZE / 2}>
            <Pie
              data={slices}
              pieValue={(slice) => slice.value}
              pieSort={null}
              outerRadius={OUTER}
              innerRadius={OUTER - THICKNESS}
              padAngle={slices.length > 1 ? 0.01 : 0}
            >
              {(pie) =>
                pie.arcs.map((arc) => (
                  <path key={arc.data.key} d={pie.path(arc) ?? ""} className={arc.data.className}>
                    <title>{t("slice", { name: arc.data.name, value: arc.data.value })}</title>
                  </path>
                ))
              }
            </Pie>
          </Group>
        </svg>
        <span
          className="absolute inset-0 flex items-center justify-center text-2xl font-bold tabular-nums"
          aria-hidden="true"
        >
          {t("percent", { percent })}
        </span>
      </div>
      {/* The caption: every number in one sentence for screen readers, and for the eye a legend
          with each colour beside its name and count. */}
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        <span className="sr-only">{t("summary", { title, percent, done, skipped, inProgress, notStarted })}</span>
        <ul aria-hidden="true" className="grid grid-cols-2 gap-x-4 gap-y-1" data-testid="completion-legend">
          {parts.map((part) => (
            <li key={part.key} className="flex items-center gap-1.5">
              <span className={`inline-block h-3 w-3 shrink-0 rounded-sm ${part.swatch}`} />
              <span>
                {part.name} <span className="tabular-nums">{part.value}</span>
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
