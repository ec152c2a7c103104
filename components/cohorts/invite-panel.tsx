"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useRef } from "react";
import { errorMessage } from "../apollo/error-message";
import { apolloClient } from "../apollo/apollo-client";
import { CopyableText } from "../ui/copyable-text";
import { FormFooter } from "../ui/form-footer";
import { RotateCohortInviteMutation } from "./cohort-operations";
import { InviteOptionFields, inviteLink, inviteOptionsFrom } from "./invite-options";

type State = { status: "idle" } | { status: "made"; link: string } | { status: "error"; message: string };

/**
 * The owner's and mentors' invite link: what the current one allows (its
 * secret is never kept, so never shown again), and a form that makes a new one,
 * with an optional expiry and number of joins. The old link stops at once.
 */
export function InvitePanel({ cohortId, current }: { cohortId: string; current: string }) {
  const router = useRouter();
  const id = useId();
  const result = useRef<HTMLDivElement>(null);
  const rotate = async (_previous: State, form: FormData): Promise<State> => {
    try {
      const client = await apolloClient();
      const { data } = await client.mutate({
        mutation: RotateCohortInviteMutation,
        variables: { input: { cohortId, ...inviteOptionsFrom(form) } },
      });
      if (!data?.rotateCohortInvite.inviteUrl) return { status: "error", message: "The server refused the change." };
      router.refresh();
      return { status: "made", link: inviteLink(data.rotateCohortInvite.inviteUrl) };
    } catch (error) {
      return { status: "error", message: errorMessage(error) };
    }
  };
  const [state, action, pending] = useActionState<State, FormData>(rotate, { status: "idle" });
  useEffect(() => {
    if (state.status === "made") result.current?.focus();
  }, [state]);
  return (
    <div className="space-y-3">
      <p className="text-sm" data-testid="invite-status">
        {current}
      </p>
      {state.status === "made" && (
        <div
          ref={result}
          tabIndex={-1}
          role="region"
          aria-labelledby={`${id}-made`}
          className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/50"
          data-testid="new-invite"
        >
          <p id={`${id}-made`} className="text-sm font-medium">
            New invite link made; the old one no longer works. Copy it now: it will not be shown again.
          </p>
          <CopyableText text={state.link} what="the invite link" testId="invite-link" />
        </div>
      )}
      <form action={action} className="space-y-3" aria-label="Make a new invite link">
        <InviteOptionFields idPrefix={id} />
        <FormFooter
          label="Make a new link"
          pendingLabel="Making…"
          pending={pending}
          variant="secondary"
          error={state.status === "error" ? state.message : null}
        />
      </form>
    </div>
  );
}
