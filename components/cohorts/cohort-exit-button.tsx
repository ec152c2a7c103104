"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";
import { DeleteCohortMutation, LeaveCohortMutation } from "./cohort-operations";

const COPY = {
  leave: {
    button: "Leave cohort",
    title: (name: string) => `Leave ${name}?`,
    confirm: "Leave",
    pending: "Leaving…",
    body: "Its owner and mentors no longer see your figures or statuses, and nothing of yours shows to its members. Your own progress stays yours. To come back you need a current invite link.",
    done: (name: string) => `You left “${name}”.`,
  },
  delete: {
    button: "Delete cohort",
    title: (name: string) => `Delete ${name}?`,
    confirm: "Delete cohort",
    pending: "Deleting…",
    body: "The cohort goes for everyone in it, with its invite link. Every member's own progress stays theirs.",
    done: (name: string) => `Deleted “${name}”.`,
  },
} as const;

/** Leaving a cohort (a member or mentor) or deleting it (its owner), after asking; then the list of cohorts. */
export function CohortExitButton({
  cohortId,
  name,
  action,
}: {
  cohortId: string;
  name: string;
  action: "leave" | "delete";
}) {
  const router = useRouter();
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, error, run } = useMutationAction({ leavesPage: true });
  const copy = COPY[action];
  const confirm = () =>
    run(async () => {
      const client = await apolloClient();
      if (action === "leave")
        await client.mutate({ mutation: LeaveCohortMutation, variables: { input: { cohortId } } });
      else await client.mutate({ mutation: DeleteCohortMutation, variables: { input: { cohortId } } });
      announce(copy.done(name), { afterNavigation: true });
      router.push("/cohorts");
    });
  return (
    <>
      <Button variant="danger-secondary" size="bar" onClick={() => dialog.current?.showModal()}>
        {copy.button}
      </Button>
      <ConfirmDialog
        dialogRef={dialog}
        title={copy.title(name)}
        confirmLabel={copy.confirm}
        pendingLabel={copy.pending}
        pending={pending}
        tone="danger"
        onConfirm={confirm}
      >
        <p className="mt-2 text-sm">{copy.body}</p>
        <ActionError message={error} className="mt-2 text-sm" />
      </ConfirmDialog>
    </>
  );
}
