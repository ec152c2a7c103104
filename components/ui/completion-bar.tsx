import { useTranslations } from "next-intl";
import type { Completion } from "@/shared/completion";

/** A labelled completion bar; the numbers are in text too, not only in the bar. */
export function CompletionBar({
  label,
  completion,
  size = "md",
}: {
  label: string;
  completion: Completion;
  size?: "sm" | "md";
}) {
  const t = useTranslations("CompletionBar");
  const { total, percent } = completion;
  // DONE and SKIPPED both count as finished, as in the percentage.
  const finished = completion.done + completion.skipped;
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("valueText", { percent, finished, total })}
        className={`flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800 ${size === "sm" ? "h-1.5" : "h-2.5"}`}
      >
        <div
          className="h-full rounded-full bg-emerald-600 transition-[width] dark:bg-emerald-500"
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className="shrink-0 text-sm text-slate-700 tabular-nums dark:text-slate-300">
        {finished}/{total} · {percent}%
      </span>
    </div>
  );
}
