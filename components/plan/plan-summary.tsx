import { formatDate } from "@/shared/format-date";
import type { Plan } from "@/shared/plan/plan-roadmap";
import { formatDuration, formatPace } from "./format-plan";
import { WeekGoalMeter } from "./week-goal-meter";

/** The forecast in one sentence, honest about what it cannot tell. */
function forecastSentence(plan: Plan): string {
  switch (plan.forecast) {
    case "FINISHED":
      return `Finished on ${formatDate(plan.finishOn!)}.`;
    case "FORECAST":
      return `At this pace you finish around ${formatDate(plan.finishOn!)}.`;
    case "STALLED":
      return "No items done in the last 4 weeks, so no forecast: finish one to start it again.";
    case "NOT_ENOUGH_HISTORY":
      return plan.startedOn
        ? "Not enough history yet for a forecast: it needs a week since you started and two items done."
        : "Not enough history yet: tick your first items to see your pace and a forecast.";
  }
}

function targetSentence(plan: Plan): string | null {
  if (!plan.targetDate) return null;
  const target = formatDate(plan.targetDate);
  switch (plan.targetStatus) {
    case "FINISHED":
      return `Target ${target}: met.`;
    case "PASSED":
      return `Target ${target} has passed with ${plan.remaining} item${plan.remaining === 1 ? "" : "s"} left: set a new one.`;
    case "AHEAD":
      return `Target ${target} needs ${formatPace(plan.requiredPacePerWeek!)}: you are ahead${
        plan.daysAheadOfTarget ? ` by about ${formatDuration(plan.daysAheadOfTarget)}` : ""
      }.`;
    case "BEHIND":
      return `Target ${target} needs ${formatPace(plan.requiredPacePerWeek!)}: you are behind${
        plan.daysAheadOfTarget ? ` by about ${formatDuration(plan.daysAheadOfTarget)}` : ""
      }.`;
    default:
      return `Target ${target} needs ${formatPace(plan.requiredPacePerWeek!)}; too early to tell whether you are on course.`;
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
  const target = targetSentence(plan);
  return (
    <div className="space-y-3 text-sm" data-testid="plan-summary">
      <dl className="grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">Pace, last 4 weeks</dt>
          <dd className="text-base font-semibold tabular-nums" data-testid="pace-recent">
            {formatPace(plan.pacePerWeek)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">
            Since you started{plan.startedOn ? ` (${formatDate(plan.startedOn)})` : ""}
          </dt>
          <dd className="text-base font-semibold tabular-nums" data-testid="pace-since-start">
            {formatPace(plan.pacePerWeekSinceStart)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">This week (from Monday)</dt>
          <dd data-testid="this-week">
            <WeekGoalMeter done={plan.finishedThisWeek} goal={plan.weeklyGoal} title={title} />
          </dd>
        </div>
      </dl>
      <p data-testid="forecast" data-forecast={plan.forecast}>
        {forecastSentence(plan)}
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
