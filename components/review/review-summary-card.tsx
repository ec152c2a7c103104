import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReviewSummary } from "@/server/services/review/review-summary";
import { formatDate } from "@/shared/format-date";
import { useDateLocale } from "../i18n/use-page-locale";
import { buttonClass } from "../ui/button";
import { Card } from "../ui/card";

/**
 * The dashboard's review card: what is due today and this week, the share of
 * ratings answered Good or Easy over 30 days beside the retention aimed for,
 * and reviews per day for the next 14 days (a bar chart with its numbers).
 */
export function ReviewSummaryCard({ summary }: { summary: ReviewSummary }) {
  const t = useTranslations("ReviewSummary");
  const locale = useDateLocale();
  const percent = (share: number) => t("percent", { percent: Math.round(share * 100) });
  const highest = Math.max(1, ...summary.forecast.map((day) => day.count));
  return (
    <Card as="section" aria-labelledby="review-summary-heading" className="space-y-4" data-testid="review-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="review-summary-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <Link
          href="/review"
          className={buttonClass({ variant: summary.dueToday > 0 ? "primary" : "secondary", size: "bar" })}
          data-testid="review-entry"
        >
          {t("entry", { count: Math.min(summary.dueToday, Math.max(0, summary.dailyLimit - summary.reviewedToday)) })}
        </Link>
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("dueToday")}</dt>
          <dd className="text-2xl font-semibold" data-testid="review-due-today">
            {summary.dueToday}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("dueWeek")}</dt>
          <dd className="text-2xl font-semibold" data-testid="review-due-week">
            {summary.dueThisWeek}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("remembered")}</dt>
          <dd className="text-2xl font-semibold" data-testid="review-measured">
            {summary.measuredRetention === null ? "–" : percent(summary.measuredRetention)}
          </dd>
          <dd className="text-xs text-slate-600 dark:text-slate-400">
            {t("ofRatings", { count: summary.ratingsLast30Days })}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("aimedFor")}</dt>
          <dd className="text-2xl font-semibold">{percent(summary.desiredRetention)}</dd>
        </div>
      </dl>
      <figure className="space-y-1">
        <figcaption className="text-sm text-slate-600 dark:text-slate-400">{t("forecast")}</figcaption>
        {/* A row of days: in a right-to-left page it runs right to left, today on the right. */}
        <ol className="flex h-20 items-end gap-1" aria-label={t("forecastList")}>
          {summary.forecast.map((day) => {
            const text = t("forecastDay", {
              day: formatDate(day.date, { locale, style: "dayMonth" }),
              count: day.count,
            });
            return (
              <li key={day.date} className="flex h-full flex-1 flex-col justify-end" title={text}>
                <span className="sr-only">{text}</span>
                <span
                  aria-hidden="true"
                  className="block rounded-t bg-indigo-600 dark:bg-indigo-400"
                  style={{ height: `${(day.count / highest) * 100}%`, minHeight: day.count > 0 ? "2px" : 0 }}
                />
              </li>
            );
          })}
        </ol>
      </figure>
    </Card>
  );
}
