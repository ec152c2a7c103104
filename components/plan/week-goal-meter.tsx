import { useTranslations } from "next-intl";

/** This week's finished items against the weekly goal, as a number and a small bar. */
export function WeekGoalMeter({ done, goal, title }: { done: number; goal: number | null; title: string }) {
  const t = useTranslations("WeekGoalMeter");
  if (!goal) {
    return (
      <span className="text-base font-semibold tabular-nums">
        {t.rich("noGoal", {
          done,
          note: (chunks) => <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{chunks}</span>,
        })}
      </span>
    );
  }
  const percent = Math.min(100, Math.round((done / goal) * 100));
  return (
    <span className="block space-y-1">
      <span className="block text-base font-semibold tabular-nums">
        {t("ofGoal", { done, goal })}
        {done >= goal && (
          <span className="ms-1 text-sm font-normal text-emerald-700 dark:text-emerald-400">{t("met")}</span>
        )}
      </span>
      <span
        role="progressbar"
        aria-label={t("label", { title })}
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={Math.min(done, goal)}
        aria-valuetext={t("valueText", { done, goal })}
        className="block h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <span className="block h-full rounded-full bg-indigo-600 dark:bg-indigo-400" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
