"use client";

import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { MAX_WEEKLY_GOAL } from "@/shared/plan/goal-limits";
import { todayIn } from "@/shared/time-zone";
import { apolloClient } from "../apollo/apollo-client";
import { fieldClass } from "../ui/field-class";
import { FormFooter } from "../ui/form-footer";
import { useMutationAction } from "../ui/use-mutation-action";
import { checkGoalInput, type GoalFields, type GoalProblems } from "./goal-input";
import { SetRoadmapGoalMutation } from "./plan-operations";

const field = fieldClass("mt-1 block w-full aria-invalid:border-red-600 dark:aria-invalid:border-red-400");
const fieldError = "mt-1 text-sm text-red-700 dark:text-red-400";

/** What each field says, as sentences shown beside it. */
type GoalErrors = Partial<Record<keyof GoalFields, string>>;

type Translate = (key: string, values?: Record<string, string | number>) => string;

/*
 * The server's word on a field (BAD_USER_INPUT names them) is English, as API
 * errors are: the ones the form can meet are said in the page's language; any
 * other is quoted after the field's name.
 */
const SERVER_SENTENCES: { field: keyof GoalFields; pattern: RegExp; key: string }[] = [
  { field: "targetDate", pattern: /in the past/, key: "serverPast" },
  { field: "targetDate", pattern: /years away/, key: "serverTooFar" },
  { field: "weeklyGoal", pattern: /whole number|at least|at most/, key: "weeklyRange" },
];

/** The server's word on each field, as sentences. */
function serverFieldErrors(error: unknown, t: Translate): GoalErrors {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields = error.errors[0]?.extensions?.fields;
  if (!fields || typeof fields !== "object") return {};
  const errors: GoalErrors = {};
  for (const name of ["targetDate", "weeklyGoal"] as const) {
    const message = (fields as Record<string, unknown>)[name];
    if (typeof message !== "string") continue;
    const known = SERVER_SENTENCES.find((entry) => entry.field === name && entry.pattern.test(message));
    errors[name] = known
      ? t(known.key, { max: MAX_WEEKLY_GOAL, years: 20 })
      : t("serverOther", { field: t(name), message });
  }
  return errors;
}

/** The form's own checks (goal-input.ts), as sentences. */
function problemSentences(problems: GoalProblems, t: Translate): GoalErrors {
  const errors: GoalErrors = {};
  for (const [name, problem] of Object.entries(problems) as [keyof GoalFields, string][]) {
    errors[name] = t(problem, { max: MAX_WEEKLY_GOAL });
  }
  return errors;
}

/**
 * The learner's target date and weekly goal for a roadmap; empty fields clear
 * them. What was typed stays in the fields whatever happens: a problem is said
 * beside its field, with what to pick instead, and the field gets the focus.
 * The calendar offers no day before today (in the learner's time zone); the
 * server checks again. The answer carries the new plan, which "Your plan" shows at once.
 */
export function GoalForm({
  roadmapId,
  targetDate,
  weeklyGoal,
  timeZone,
}: {
  roadmapId: string;
  targetDate: string | null;
  weeklyGoal: number | null;
  timeZone: string;
}) {
  const [fields, setFields] = useState<GoalFields>({
    targetDate: targetDate ?? "",
    weeklyGoal: weeklyGoal === null ? "" : String(weeklyGoal),
  });
  const [errors, setErrors] = useState<GoalErrors>({});
  const t = useTranslations("GoalForm");
  const [saved, setSaved] = useState<string | null>(null);
  const { pending, error, run, clearError } = useMutationAction();
  const targetInput = useRef<HTMLInputElement>(null);
  const weeklyInput = useRef<HTMLInputElement>(null);
  const today = todayIn(timeZone);

  const showErrors = (found: GoalErrors) => {
    setErrors(found);
    if (found.targetDate) targetInput.current?.focus();
    else if (found.weeklyGoal) weeklyInput.current?.focus();
  };

  const clearOutcome = () => {
    setSaved(null);
    clearError();
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearOutcome();
    // Today again: the page may have stayed open past midnight.
    const checked = checkGoalInput(fields, todayIn(timeZone));
    if (!checked.ok) return showErrors(problemSentences(checked.errors, t));
    setErrors({});
    await run(async () => {
      try {
        const client = await apolloClient();
        await client.mutate({
          mutation: SetRoadmapGoalMutation,
          variables: { input: { roadmapId, ...checked.input }, timeZone },
        });
      } catch (failure) {
        // The server's word on a field goes beside it; any other failure is the form's (`error`).
        const found = serverFieldErrors(failure, t);
        if (Object.keys(found).length === 0) throw failure;
        return showErrors(found);
      }
      const { targetDate: target, weeklyGoal: weekly } = checked.input;
      setSaved(target || weekly ? t("saved") : t("cleared"));
    });
  };

  const describedBy = (name: keyof GoalFields, hint?: string) =>
    [hint, errors[name] && `${name}-error-${roadmapId}`].filter(Boolean).join(" ") || undefined;
  const change = (name: keyof GoalFields) => (event: { target: { value: string } }) => {
    setFields((current) => ({ ...current, [name]: event.target.value }));
    clearOutcome();
  };

  return (
    <form onSubmit={save} noValidate className="space-y-3" data-testid="goal-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`target-${roadmapId}`} className="block text-sm font-medium">
            {t("targetDate")}
          </label>
          <input
            ref={targetInput}
            id={`target-${roadmapId}`}
            name="targetDate"
            type="date"
            min={today}
            value={fields.targetDate}
            onChange={change("targetDate")}
            aria-invalid={errors.targetDate ? true : undefined}
            aria-describedby={describedBy("targetDate", `target-hint-${roadmapId}`)}
            className={field}
          />
          <p id={`target-hint-${roadmapId}`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {t("targetHint")}
          </p>
          {errors.targetDate && (
            <p id={`targetDate-error-${roadmapId}`} role="alert" className={fieldError} data-testid="target-date-error">
              {errors.targetDate}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`weekly-${roadmapId}`} className="block text-sm font-medium">
            {t("weeklyGoalLabel")}
          </label>
          <input
            ref={weeklyInput}
            id={`weekly-${roadmapId}`}
            name="weeklyGoal"
            type="number"
            min={1}
            max={MAX_WEEKLY_GOAL}
            step={1}
            inputMode="numeric"
            value={fields.weeklyGoal}
            onChange={change("weeklyGoal")}
            aria-invalid={errors.weeklyGoal ? true : undefined}
            aria-describedby={describedBy("weeklyGoal")}
            className={field}
          />
          {errors.weeklyGoal && (
            <p id={`weeklyGoal-error-${roadmapId}`} role="alert" className={fieldError} data-testid="weekly-goal-error">
              {errors.weeklyGoal}
            </p>
          )}
        </div>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("emptyClears")}</p>
      <FormFooter label={t("save")} pendingLabel={t("saving")} pending={pending} status={saved ?? ""} error={error} />
    </form>
  );
}
