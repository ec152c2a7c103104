"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";
import { RemoveCohortMemberMutation, SetCohortMemberRoleMutation } from "./cohort-operations";

/** The owner's actions on one member: make them a mentor (or a member again), or remove them, after asking. */
export function MemberActions({
  cohortId,
  login,
  role,
}: {
  cohortId: string;
  login: string;
  role: "MENTOR" | "MEMBER";
}) {
  const router = useRouter();
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, error, run } = useMutationAction();
  const next = role === "MEMBER" ? "MENTOR" : "MEMBER";
  const changeRole = () =>
    run(async () => {
      const client = await apolloClient();
      await client.mutate({
        mutation: SetCohortMemberRoleMutation,
        variables: { input: { cohortId, login, role: next } },
      });
      announce(next === "MENTOR" ? `${login} is now a mentor.` : `${login} is now a member.`);
      router.refresh();
    });
  const remove = () =>
    run(async () => {
      const client = await apolloClient();
      await client.mutate({ mutation: RemoveCohortMemberMutation, variables: { input: { cohortId, login } } });
      dialog.current?.close();
      announce(`Removed ${login} from the cohort.`);
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" size="bar" onClick={changeRole} pending={pending}>
          {next === "MENTOR" ? "Make mentor" : "Make member"}
          <span className="sr-only"> {login}</span>
        </Button>
        <Button variant="danger-secondary" size="bar" onClick={() => dialog.current?.showModal()}>
          Remove<span className="sr-only"> {login}</span>
        </Button>
      </div>
      <ActionError message={error} className="text-xs" />
      <ConfirmDialog
        dialogRef={dialog}
        title={`Remove ${login}?`}
        confirmLabel="Remove"
        pendingLabel="Removing…"
        pending={pending}
        tone="danger"
        onConfirm={remove}
      >
        <p className="mt-2 text-sm">
          Nothing of theirs shows in this cohort any more, in the matrix or the export. Their own progress stays theirs.
          They can join again only with a current invite link.
        </p>
        <ActionError message={error} className="mt-2 text-sm" />
      </ConfirmDialog>
    </div>
  );
}
