import Link from "next/link";
import type { ReviewSummary } from "@/server/services/review/review-summary";
import { buttonClass } from "../ui/button";
import { Card } from "../ui/card";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The dashboard's review card: what is due today and this week, the share of
 * ratings answered Good or Easy over 30 days beside the retention aimed for,
 * and reviews per day for the next 14 days (a bar chart with its numbers).
 */
export function ReviewSummaryCard({ summary }: { summary: ReviewSummary }) {
  const highest = Math.max(1, ...summary.forecast.map((day) => day.count));
  return (
    <Card as="section" aria-labelledby="review-summary-heading" className="space-y-4" data-testid="review-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="review-summary-heading" className="text-lg font-semibold">
          Review
        </h2>
        <Link
          href="/review"
          className={buttonClass({ variant: summary.dueToday > 0 ? "primary" : "secondary", size: "bar" })}
          data-testid="review-entry"
        >
          Review ({Math.min(summary.dueToday, Math.max(0, summary.dailyLimit - summary.reviewedToday))} due)
        </Link>
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Due today</dt>
          <dd className="text-2xl font-semibold" data-testid="review-due-today">
            {summary.dueToday}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Due this week</dt>
          <dd className="text-2xl font-semibold" data-testid="review-due-week">
            {summary.dueThisWeek}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Remembered, 30 days</dt>
          <dd className="text-2xl font-semibold" data-testid="review-measured">
            {summary.measuredRetention === null ? "–" : percent(summary.measuredRetention)}
          </dd>
          <dd className="text-xs text-slate-600 dark:text-slate-400">
            Good or Easy, of {summary.ratingsLast30Days} ratings
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Aimed for</dt>
          <dd className="text-2xl font-semibold">{percent(summary.desiredRetention)}</dd>
        </div>
      </dl>
      <figure className="space-y-1">
        <figcaption className="text-sm text-slate-600 dark:text-slate-400">Reviews due, next 14 days</figcaption>
        <ol className="flex h-20 items-end gap-1" aria-label="Reviews due per day, the next 14 days">
          {summary.forecast.map((day) => (
            <li key={day.date} className="flex h-full flex-1 flex-col justify-end" title={`${day.date}: ${day.count}`}>
              <span className="sr-only">
                {day.date}: {day.count}
              </span>
              <span
                aria-hidden="true"
                className="block rounded-t bg-indigo-600 dark:bg-indigo-400"
                style={{ height: `${(day.count / highest) * 100}%`, minHeight: day.count > 0 ? "2px" : 0 }}
              />
            </li>
          ))}
        </ol>
      </figure>
    </Card>
  );
}
