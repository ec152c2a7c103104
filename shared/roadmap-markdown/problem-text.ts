import type { Translate } from "../i18n/translate";
import { PROBLEM_MESSAGES, SNIPPETS, type ProblemCode } from "./problem-messages";

/** What a problem carries, as the parser makes it or as an API error's `extensions.problems` lists it. */
export interface ProblemLike {
  line: number;
  message: string;
  code?: string;
  values?: Record<string, string | number>;
}

const known = (code: string | undefined): code is ProblemCode =>
  code !== undefined && Object.hasOwn(PROBLEM_MESSAGES, code);

/**
 * A problem's sentence in the translator's language (`t` translates the
 * RoadmapProblems namespace), from its code and values; the server's English
 * sentence for a code this interface does not know (a newer server).
 */
export function problemText(t: Translate, problem: ProblemLike): string {
  if (!known(problem.code)) return problem.message;
  return t(problem.code, { ...SNIPPETS, ...problem.values });
}
