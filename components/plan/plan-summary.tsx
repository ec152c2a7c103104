import { useTranslations } from "next-intl";
import { formatDate } from "@/shared/format-date";
import type { Plan } from "@/shared/plan/plan-roadmap";
import { useDateLocale } from "../i18n/use-page-locale";
import { formatDuration, formatPace, type PlanTranslate } from "./format-plan";
import { WeekGoalMeter } from "./week-goal-meter";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The forecast in one sentence, honest about what it cannot tell. */
function forecastSentence(plan: Plan, t: Translate, day: (date: string) => string): string {
  switch (plan.forecast) {
    case "FINISHED":
      return t("finished", { day: day(plan.finishOn!) });
    case "FORECAST":
      return t("forecast", { day: day(plan.finishOn!) });
    case "STALLED":
      return t("stalled");
    case "NOT_ENOUGH_HISTORY":
      return plan.startedOn ? t("notEnoughSinceStart") : t("notEnoughHistory");
  }
}

function targetSentence(plan: Plan, t: Translate, p: PlanTranslate, day: (date: string) => string): string | null {
  if (!plan.targetDate) return null;
  const target = day(plan.targetDate);
  const pace = () => formatPace(p, plan.requiredPacePerWeek!);
  const by = plan.daysAheadOfTarget ? formatDuration(p, plan.daysAheadOfTarget) : null;
  switch (plan.targetStatus) {
    case "FINISHED":
      return t("targetMet", { target });
    case "PASSED":
      return t("targetPassed", { target, count: plan.remaining });
    case "AHEAD":
      return by ? t("targetAheadBy", { target, pace: pace(), by }) : t("targetAhead", { target, pace: pace() });
    case "BEHIND":
      return by ? t("targetBehindBy", { target, pace: pace(), by }) : t("targetBehind", { target, pace: pace() });
    default:
      return t("targetTooEarly", { target, pace: pace() });
  }
}

const STATUS_STYLE = {
  AHEAD:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100",
  FINISHED:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-100",
  BEHIND: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-slate-900 dark:text-amber-200",
  PASSED: "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-slate-900 dark:text-amber-200",
  TOO_EARLY_TO_TELL: "border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50",
} as const;

/**
 * A roadmap's pace, forecast, target and this week's count, as sentences:
 * server-rendered, no JavaScript. The dashboard and the roadmap page show it.
 */
export function PlanSummary({ plan, title }: { plan: Plan; title: string }) {
  const t = useTranslations("PlanSummary");
  const p = useTranslations("Plan");
  const locale = useDateLocale();
  const day = (date: string) => formatDate(date, { locale });
  const target = targetSentence(plan, t, p, day);
  return (
    <div className="space-y-3 text-sm" data-testid="plan-summary">
      <dl className="grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("paceRecent")}</dt>
          <dd className="text-base font-semibold tabular-nums" data-testid="pace-recent">
            {formatPace(p, plan.pacePerWeek)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">
            {plan.startedOn ? t("sinceStartedOn", { day: day(plan.startedOn) }) : t("sinceStarted")}
          </dt>
          <dd className="text-base font-semibold tabular-nums" data-testid="pace-since-start">
            {formatPace(p, plan.pacePerWeekSinceStart)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("thisWeek")}</dt>
          <dd data-testid="this-week">
            <WeekGoalMeter done={plan.finishedThisWeek} goal={plan.weeklyGoal} title={title} />
          </dd>
        </div>
      </dl>
      <p data-testid="forecast" data-forecast={plan.forecast}>
        {forecastSentence(plan, t, day)}
      </p>
      {target && (
        <p
          className={`rounded-md border px-3 py-2 ${STATUS_STYLE[plan.targetStatus ?? "TOO_EARLY_TO_TELL"]}`}
          data-testid="target-status"
          data-status={plan.targetStatus ?? ""}
        >
          {target}
        </p>
      )}
    </div>
  );
}
