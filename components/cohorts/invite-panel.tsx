"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useSyncExternalStore } from "react";
import { useErrorText } from "../apollo/use-error-text";
import { apolloClient } from "../apollo/apollo-client";
import { CopyableText } from "../ui/copyable-text";
import { FormFooter } from "../ui/form-footer";
import { RotateCohortInviteMutation } from "./cohort-operations";
import { InviteOptionFields, inviteLink, inviteOptionsFrom } from "./invite-options";

type State = { status: "idle" } | { status: "made"; link: string } | { status: "error"; message: string };

/**
 * The owner's and mentors' invite link: the current one, to copy, and what it
 * allows; and a form that makes a new one, with an optional expiry and number
 * of joins. The old link stops at once.
 */
export function InvitePanel({
  cohortId,
  link,
  current,
}: {
  cohortId: string;
  /** The current link's path; null when it was made before links were kept. */
  link: string | null;
  current: string;
}) {
  const router = useRouter();
  const t = useTranslations("InvitePanel");
  const describeError = useErrorText();
  const id = useId();
  const result = useRef<HTMLDivElement>(null);
  const rotate = async (_previous: State, form: FormData): Promise<State> => {
    try {
      const client = await apolloClient();
      const { data } = await client.mutate({
        mutation: RotateCohortInviteMutation,
        variables: { input: { cohortId, ...inviteOptionsFrom(form) } },
      });
      if (!data?.rotateCohortInvite.inviteUrl) return { status: "error", message: t("refused") };
      router.refresh();
      return { status: "made", link: inviteLink(data.rotateCohortInvite.inviteUrl) };
    } catch (error) {
      return { status: "error", message: describeError(error) };
    }
  };
  const [state, action, pending] = useActionState<State, FormData>(rotate, { status: "idle" });
  // The browser's own address (a laptop's on a LAN, say), once hydrated; the server renders the path.
  const origin = useSyncExternalStore(
    noChange,
    () => window.location.origin,
    () => "",
  );
  useEffect(() => {
    if (state.status === "made") result.current?.focus();
  }, [state]);
  return (
    <div className="space-y-3">
      {link && state.status !== "made" && (
        <CopyableText
          text={origin ? new URL(link, origin).toString() : link}
          what={t("what")}
          testId="current-invite-link"
        />
      )}
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
            {t("made")}
          </p>
          <CopyableText text={state.link} what={t("what")} testId="invite-link" />
        </div>
      )}
      <form action={action} className="space-y-3" aria-label={t("formLabel")}>
        <InviteOptionFields idPrefix={id} />
        <FormFooter
          label={t("make")}
          pendingLabel={t("making")}
          pending={pending}
          variant="secondary"
          error={state.status === "error" ? state.message : null}
        />
      </form>
    </div>
  );
}

const noChange = () => () => {};
