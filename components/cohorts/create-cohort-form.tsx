"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef } from "react";
import type { CohortRoadmapChoice } from "@/server/services/cohorts/cohort-roadmap-choices";
import { COHORT_LIMITS } from "@/shared/cohorts/cohort-limits";
import { errorMessage } from "../apollo/error-message";
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
 * public or unlisted one), then shows its invite link this once, with a Copy
 * button: only a hash of it is kept (a new one can be made on the cohort's
 * page). Focus goes to the link.
 */
export function CreateCohortForm({ roadmaps }: { roadmaps: CohortRoadmapChoice[] }) {
  const router = useRouter();
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
      if (!data) return { status: "error", message: "The server refused the change." };
      router.refresh();
      const cohort = data.createCohort;
      return { status: "created", id: cohort.id, name: cohort.name, link: inviteLink(cohort.inviteUrl ?? "") };
    } catch (error) {
      return { status: "error", message: errorMessage(error) };
    }
  };
  const [state, action, pending] = useActionState<State, FormData>(create, { status: "idle" });
  useEffect(() => {
    if (state.status === "created") result.current?.focus();
  }, [state]);
  return (
    <div className="space-y-4">
      <Card as="form" action={action} className="space-y-3" data-testid="create-cohort-form">
        <h2 className="text-lg font-semibold">New cohort</h2>
        <div className="flex flex-wrap gap-4">
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor={`${id}-name`} className="block text-sm font-medium">
              Name
            </label>
            <input
              id={`${id}-name`}
              name="name"
              required
              maxLength={COHORT_LIMITS.nameLength}
              placeholder="e.g. Spring bootcamp"
              className={fieldClass("mt-1 w-full")}
            />
          </div>
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor={`${id}-roadmap`} className="block text-sm font-medium">
              Roadmap to follow
            </label>
            <select id={`${id}-roadmap`} name="roadmapId" required className={fieldClass("mt-1 w-full")}>
              {roadmaps.map((roadmap) => (
                <option key={roadmap.id} value={roadmap.id}>
                  {roadmap.ownerLogin ? `${roadmap.title} (yours)` : roadmap.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Built-in roadmaps and your own public or unlisted ones: members must be able to see it. You become its owner
          and can make members mentors.
        </p>
        <InviteOptionFields idPrefix={id} />
        <FormFooter
          label="Create cohort"
          pendingLabel="Creating…"
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
            Cohort “{state.name}” created. Send this invite link to your learners; copy it now, it will not be shown
            again (you can make a new one on the cohort&apos;s page).
          </p>
          <CopyableText text={state.link} what="the invite link" testId="invite-link" />
          <Link
            href={`/cohorts/${state.id}`}
            className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            Open {state.name}
          </Link>
        </div>
      )}
    </div>
  );
}
