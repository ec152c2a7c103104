"use client";

import { Area, AreaChart, CartesianGrid, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ProgressBucket } from "@/app/lib/services/activity/burn-up";

const HEIGHT = 220;

function shortDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}

/**
 * Items finished over time against the roadmap's size (a burn-up chart), with
 * the same numbers as a table for screen readers and anyone who prefers one.
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
      {/* Decorative drawing (inert: nothing in it takes focus); the caption and table carry the data. */}
      <div aria-hidden="true" inert style={{ height: HEIGHT }}>
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 560, height: HEIGHT }}>
          <AreaChart data={history} margin={{ top: 8, right: 12, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="date" tickFormatter={shortDate} stroke="var(--chart-text)" fontSize={12} minTickGap={24} />
            <YAxis allowDecimals={false} domain={[0, last.total]} stroke="var(--chart-text)" fontSize={12} />
            <Tooltip
              labelFormatter={(label) => shortDate(String(label))}
              contentStyle={{ background: "var(--color-white)", color: "var(--color-slate-900)", borderRadius: 6 }}
            />
            <Line
              type="stepAfter"
              dataKey="total"
              name="Items"
              stroke="var(--chart-scope)"
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
            />
            <Area
              type="stepAfter"
              dataKey="finished"
              name="Finished"
              stroke="var(--chart-done)"
              fill="var(--chart-done)"
              fillOpacity={0.25}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        {title}: {first.finished} finished on {shortDate(first.date)}, {last.finished} of {last.total} today.
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">Burn-up data as a table</summary>
        <table className="mt-2 w-full max-w-sm text-left tabular-nums">
          <caption className="sr-only">Finished items of {title} by day</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 font-medium">
                Day
              </th>
              <th scope="col" className="py-1 font-medium">
                Finished
              </th>
              <th scope="col" className="py-1 font-medium">
                Done
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((bucket) => (
              <tr key={bucket.date} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1">{bucket.date}</td>
                <td className="py-1">{bucket.finished}</td>
                <td className="py-1">{bucket.done}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
