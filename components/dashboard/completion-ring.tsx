"use client";

import { Cell, Pie, PieChart } from "recharts";
import type { Completion } from "@/app/lib/services/progress/completion";

const SIZE = 160;

/** The roadmap's completion as a ring; the figure's caption carries every number. */
export function CompletionRing({ title, completion }: { title: string; completion: Completion }) {
  const { total, done, skipped, inProgress, percent } = completion;
  const slices = [
    { name: "Done", value: done, color: "var(--chart-done)" },
    { name: "Skipped", value: skipped, color: "var(--chart-skipped)" },
    { name: "In progress", value: inProgress, color: "var(--chart-progress)" },
    { name: "Not started", value: Math.max(total - done - skipped - inProgress, 0), color: "var(--chart-empty)" },
  ];
  return (
    <figure className="flex flex-col items-center gap-2" data-testid="completion-ring">
      <div className="relative" style={{ width: SIZE, height: SIZE }} aria-hidden="true" inert>
        {/* The caption and figure text carry the data; the drawing itself is decorative. */}
        <PieChart width={SIZE} height={SIZE} accessibilityLayer={false}>
          <Pie
            data={slices.filter((slice) => slice.value > 0)}
            dataKey="value"
            nameKey="name"
            innerRadius={58}
            outerRadius={76}
            startAngle={90}
            endAngle={-270}
            stroke="none"
            isAnimationActive={false}
          >
            {slices
              .filter((slice) => slice.value > 0)
              .map((slice) => (
                <Cell key={slice.name} fill={slice.color} />
              ))}
          </Pie>
        </PieChart>
        <span className="absolute inset-0 flex items-center justify-center text-2xl font-bold tabular-nums">
          {percent}%
        </span>
      </div>
      <figcaption className="text-center text-sm text-slate-700 dark:text-slate-300">
        <span className="sr-only">{title}: </span>
        {percent}% finished: {done} done, {skipped} skipped, {inProgress} in progress,{" "}
        {total - done - skipped - inProgress} not started
      </figcaption>
    </figure>
  );
}
