"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("MemberActions");
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
      announce(t(next === "MENTOR" ? "nowMentor" : "nowMember", { login }));
      router.refresh();
    });
  const remove = () =>
    run(async () => {
      const client = await apolloClient();
      await client.mutate({ mutation: RemoveCohortMemberMutation, variables: { input: { cohortId, login } } });
      dialog.current?.close();
      announce(t("removed", { login }));
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" size="bar" onClick={changeRole} pending={pending}>
          {t.rich(next === "MENTOR" ? "makeMentor" : "makeMember", {
            login,
            hidden: (chunks) => <span className="sr-only">{chunks}</span>,
          })}
        </Button>
        <Button variant="danger-secondary" size="bar" onClick={() => dialog.current?.showModal()}>
          {t.rich("remove", { login, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </Button>
      </div>
      <ActionError message={error} className="text-xs" />
      <ConfirmDialog
        dialogRef={dialog}
        title={t("removeTitle", { login })}
        confirmLabel={t("confirmRemove")}
        pendingLabel={t("removing")}
        pending={pending}
        tone="danger"
        onConfirm={remove}
      >
        <p className="mt-2 text-sm">{t("removeBody")}</p>
        <ActionError message={error} className="mt-2 text-sm" />
      </ConfirmDialog>
    </div>
  );
}
