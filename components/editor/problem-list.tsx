"use client";

import { useTranslations } from "next-intl";
import type { LocalCheck } from "./use-local-problems";

/**
 * The file's problems, each with its line, as the learner types; a problem is a
 * button that puts the caret on its line. The summary line is a polite live
 * region, so a screen reader hears when problems appear or go.
 */
export function ProblemList({
  id,
  check,
  current,
  onGoTo,
}: {
  id: string;
  check: LocalCheck | null;
  /** Whether `check` is for the text as it is now (not a moment ago). */
  current: boolean;
  onGoTo: (line: number) => void;
}) {
  const t = useTranslations("ProblemList");
  const problems = check?.problems ?? [];
  return (
    <section id={id} aria-label={t("label")} className="space-y-2" data-testid="editor-problems">
      <p aria-live="polite" className="text-sm font-medium">
        {check === null
          ? t("checking")
          : problems.length === 0
            ? t(current ? "none" : "noneChecking")
            : t("some", { count: problems.length })}
      </p>
      {problems.length > 0 && (
        <ul className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-red-200 bg-red-50 p-2 text-sm dark:border-red-900 dark:bg-red-950/40">
          {problems.map((problem, index) => (
            <li key={`${problem.line}-${index}`}>
              <button
                type="button"
                onClick={() => onGoTo(problem.line)}
                className="w-full rounded px-1 text-start hover:bg-red-100 dark:hover:bg-red-900/60"
              >
                <span className="font-semibold text-red-800 dark:text-red-300">
                  {t("line", { line: problem.line })}
                </span>{" "}
                {problem.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
