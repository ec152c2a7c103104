"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import type { CohortRoadmapChoice } from "@/server/services/cohorts/cohort-roadmap-choices";
import { COHORT_LIMITS } from "@/shared/cohorts/cohort-limits";
import { useErrorText } from "../apollo/use-error-text";
import { apolloClient } from "../apollo/apollo-client";
import { Card } from "../ui/card";
import { CopyableText } from "../ui/copyable-text";
import { fieldClass } from "../ui/field-class";
import { FormFooter } from "../ui/form-footer";
import { CreateCohortMutation } from "./cohort-operations";
import { InviteOptionFields, inviteLink, inviteOptionsFrom } from "./invite-options";

type State =
  | { status: "idle" }
  | { status: "created"; id: string; name: string; link: string }
  | { status: "error"; message: string };

/**
 * Starts a cohort on a roadmap the learner may share (built-in, or their own
 * public or unlisted one), then shows its invite link with a Copy button (it
 * stays on the cohort's page for its owner and mentors). Focus goes to the link.
 */
export function CreateCohortForm({ roadmaps }: { roadmaps: CohortRoadmapChoice[] }) {
  const router = useRouter();
  const t = useTranslations("CreateCohort");
  const describeError = useErrorText();
  const id = useId();
  const result = useRef<HTMLDivElement>(null);
  const create = async (_previous: State, form: FormData): Promise<State> => {
    try {
      const client = await apolloClient();
      const { data } = await client.mutate({
        mutation: CreateCohortMutation,
        variables: {
          input: {
            name: String(form.get("name") ?? ""),
            roadmapId: String(form.get("roadmapId") ?? ""),
            ...inviteOptionsFrom(form),
          },
        },
      });
      if (!data) return { status: "error", message: t("refused") };
      router.refresh();
      const cohort = data.createCohort;
      return { status: "created", id: cohort.id, name: cohort.name, link: inviteLink(cohort.inviteUrl ?? "") };
    } catch (error) {
      return { status: "error", message: describeError(error) };
    }
  };
  const [state, action, pending] = useActionState<State, FormData>(create, { status: "idle" });
  useEffect(() => {
    if (state.status === "created") result.current?.focus();
  }, [state]);
  return (
    <div className="space-y-4">
      <Card as="form" action={action} className="space-y-3" data-testid="create-cohort-form">
        <h2 className="text-lg font-semibold">{t("heading")}</h2>
        <div className="flex flex-wrap gap-4">
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor={`${id}-name`} className="block text-sm font-medium">
              {t("name")}
            </label>
            <input
              id={`${id}-name`}
              name="name"
              required
              maxLength={COHORT_LIMITS.nameLength}
              placeholder={t("namePlaceholder")}
              className={fieldClass("mt-1 w-full")}
            />
          </div>
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor={`${id}-roadmap`} className="block text-sm font-medium">
              {t("roadmap")}
            </label>
            <select id={`${id}-roadmap`} name="roadmapId" required className={fieldClass("mt-1 w-full")}>
              {roadmaps.map((roadmap) => (
                <option key={roadmap.id} value={roadmap.id}>
                  {roadmap.ownerLogin ? t("yours", { title: roadmap.title }) : roadmap.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("help")}</p>
        <InviteOptionFields idPrefix={id} />
        <FormFooter
          label={t("create")}
          pendingLabel={t("creating")}
          pending={pending}
          error={state.status === "error" ? state.message : null}
        />
      </Card>
      {state.status === "created" && (
        <div
          ref={result}
          tabIndex={-1}
          role="region"
          aria-labelledby={`${id}-created`}
          className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/50"
          data-testid="created-cohort"
        >
          <p id={`${id}-created`} className="text-sm font-medium">
            {t("created", { name: state.name })}
          </p>
          <CopyableText text={state.link} what={t("what")} testId="invite-link" />
          <Link
            href={`/cohorts/${state.id}`}
            className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            {t("open", { name: state.name })}
          </Link>
        </div>
      )}
    </div>
  );
}
