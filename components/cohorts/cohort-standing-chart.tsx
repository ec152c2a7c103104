import { useTranslations } from "next-intl";
import type { CohortStanding } from "@/shared/cohorts/cohort-standing";
import { formatPace } from "../plan/format-plan";

/**
 * Where the cohort stands, without names: how many members are in each tenth
 * of the way (a bar and its count per band, the viewer's band marked), the
 * median pace, and the viewer's own place. A list, so it reads as well as it
 * looks.
 */
export function CohortStandingChart({ standing }: { standing: CohortStanding }) {
  const t = useTranslations("CohortStanding");
  const p = useTranslations("Plan");
  const most = Math.max(1, ...standing.bands.map((band) => band.members));
  const own = standing.viewer;
  return (
    <div className="space-y-4" data-testid="cohort-standing">
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("you")}</dt>
          <dd className="text-base font-semibold tabular-nums" data-testid="own-percent">
            {own ? t("percent", { percent: own.percent }) : "–"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("ahead")}</dt>
          <dd className="text-base font-semibold tabular-nums" data-testid="members-ahead">
            {own ? t("aheadOf", { ahead: own.membersAhead, others: standing.memberCount - 1 }) : "–"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600 dark:text-slate-400">{t("pace")}</dt>
          <dd className="text-base font-semibold tabular-nums" data-testid="median-pace">
            {own
              ? t("paces", { own: formatPace(p, own.pacePerWeek), median: formatPace(p, standing.medianPacePerWeek) })
              : formatPace(p, standing.medianPacePerWeek)}
          </dd>
        </div>
      </dl>
      <ol aria-label={t("bands")} className="space-y-1 text-sm" data-testid="bands">
        {standing.bands.map((band, index) => {
          const mine = own?.band === index;
          const label = t("band", { from: band.from, to: index === 9 ? 100 : band.to });
          return (
            <li
              key={band.from}
              className="grid grid-cols-[4.5rem_1fr_auto] items-center gap-2"
              data-testid="band"
              data-members={band.members}
              data-mine={mine || undefined}
            >
              {/* A range of figures reads left to right in every language ("0–10%", not "10–0%"). */}
              <span className={`tabular-nums ${mine ? "font-semibold" : ""}`}>
                <bdi>{label}</bdi>
              </span>
              <span className="h-3 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                <span
                  className={`block h-full rounded-full ${mine ? "bg-indigo-600 dark:bg-indigo-400" : "bg-emerald-600 dark:bg-emerald-500"}`}
                  style={{ width: `${(band.members / most) * 100}%` }}
                />
              </span>
              <span className="min-w-24 tabular-nums">
                {t("members", { count: band.members })}
                {mine && <strong className="ms-1 text-indigo-700 dark:text-indigo-300">{t("youMark")}</strong>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
