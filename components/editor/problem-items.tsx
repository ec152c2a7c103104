"use client";

import { useTranslations } from "next-intl";
import type { Translate } from "@/shared/i18n/translate";
import { problemText, type ProblemLike } from "@/shared/roadmap-markdown/problem-text";

/**
 * A file's problems as a list of buttons, each putting the caret on its line:
 * the sentence in the page's language, from the problem's code (the server's
 * English for a code this page does not know, read in its own direction).
 */
export function ProblemItems({ problems, onGoTo }: { problems: ProblemLike[]; onGoTo: (line: number) => void }) {
  const t = useTranslations("ProblemList");
  const problemT = useProblemTranslator();
  return (
    <ul className="max-h-56 space-y-1 overflow-y-auto rounded-md border border-red-200 bg-red-50 p-2 text-sm dark:border-red-900 dark:bg-red-950/40">
      {problems.map((problem, index) => (
        <li key={`${problem.line}-${index}`}>
          <button
            type="button"
            onClick={() => onGoTo(problem.line)}
            className="w-full rounded px-1 text-start hover:bg-red-100 dark:hover:bg-red-900/60"
          >
            <span className="font-semibold text-red-800 dark:text-red-300">{t("line", { line: problem.line })}</span>{" "}
            <span dir="auto">{problemText(problemT, problem)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The RoadmapProblems translator, typed as problemText takes it. */
export function useProblemTranslator(): Translate {
  return useTranslations("RoadmapProblems") as unknown as Translate;
}
