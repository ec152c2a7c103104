"use client";

import { useTranslations } from "next-intl";
import type { Translate } from "@/shared/i18n/translate";
import { RESERVED_ROADMAP_NAMES, ROADMAP_NAME, ROADMAP_NAME_MAX, ROADMAP_QUOTAS } from "@/shared/roadmap-quotas";
import { problemText, type ProblemLike } from "@/shared/roadmap-markdown/problem-text";
import { fieldsOf, useErrorText, type ApiError } from "../apollo/use-error-text";
import { useProblemTranslator } from "../editor/problem-items";

/** What was asked of the roadmap, which tells the refusals apart (the codes are shared by all of them). */
export interface RoadmapErrorContext {
  action: "save" | "fork" | "visibility" | "delete";
  /** Null for a roadmap being created. */
  roadmapId: string | null;
  /** A built-in roadmap (no owner): only administrators edit it. */
  builtIn?: boolean;
  /** The address asked for a new roadmap, as sent (trimmed). */
  slug?: string;
}

/**
 * The sentence for a failed save, fork, change of visibility or deletion, in the
 * page's language: the importer's problems line by line (by their codes), and the refusals the roadmap services make, told apart
 * by code, fields and what was asked; anything else as useErrorText says it.
 */
export function useRoadmapErrorText(context: RoadmapErrorContext): (failure: unknown) => string {
  const t = useTranslations("RoadmapErrors") as unknown as Translate;
  const problemT = useProblemTranslator();
  return useErrorText((error) => roadmapErrorText({ t, problemT }, error, context));
}

/**
 * useRoadmapErrorText's sentence for an API error, with the RoadmapErrors translator `t` and the
 * RoadmapProblems translator `problemT`; null when it has none.
 */
export function roadmapErrorText(
  { t, problemT }: { t: Translate; problemT: Translate },
  error: ApiError,
  context: RoadmapErrorContext,
): string | null {
  const problems = error.extensions.problems as ProblemLike[] | undefined;
  if (error.code === "BAD_USER_INPUT" && problems?.length) {
    return problems
      .map((problem) => t("line", { line: problem.line, message: problemText(problemT, problem) }))
      .join("\n");
  }
  if (error.code === "NOT_FOUND" && context.roadmapId) return t("notFound", { id: context.roadmapId });
  if (error.code === "FORBIDDEN") return forbidden(t, context);
  if (error.code === "BAD_USER_INPUT") return badInput(t, error, context);
  return null;
}

function forbidden(t: Translate, { action, builtIn }: RoadmapErrorContext): string | null {
  if (action === "save") return builtIn ? t("adminsOnly") : t("notOwner");
  if (action === "visibility") return t("notOwnerVisibility");
  if (action === "delete") return builtIn ? t("builtInNotDeleted") : t("notOwner");
  return null;
}

function badInput(t: Translate, error: ApiError, { action, roadmapId, slug }: RoadmapErrorContext): string | null {
  const fields = Object.keys(fieldsOf(error));
  // A new address refused: why, from the address itself and the rules the server applies, in its order.
  if (fields.length === 1 && fields[0] === "slug" && slug) {
    if (slug.length > ROADMAP_NAME_MAX) return t("slugTooLong", { max: ROADMAP_NAME_MAX });
    if (!ROADMAP_NAME.test(slug)) return t("slugInvalid");
    if (RESERVED_ROADMAP_NAMES.includes(slug)) return t("slugReserved");
    return t("slugTaken", { name: slug });
  }
  // A new roadmap (created or forked) refused without a field: the quota (its message counts), or no login.
  const creating = action === "fork" || (action === "save" && roadmapId === null);
  if (creating && fields.length === 0) {
    const owned = /\d+/.exec(error.message);
    return owned ? t("quota", { count: Number(owned[0]), limit: ROADMAP_QUOTAS.roadmapsPerLearner }) : t("noLogin");
  }
  return null;
}
