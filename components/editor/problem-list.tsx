"use client";

import { useTranslations } from "next-intl";
import { ProblemItems } from "./problem-items";
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
      {problems.length > 0 && <ProblemItems problems={problems} onGoTo={onGoTo} />}
    </section>
  );
}
