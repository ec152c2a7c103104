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
import { DeleteCohortMutation, LeaveCohortMutation } from "./cohort-operations";

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
  // The messages of the action: "CohortExit.leave.button", "CohortExit.delete.title", ...
  const t = useTranslations(`CohortExit.${action}`);
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, error, run } = useMutationAction({ leavesPage: true });
  const confirm = () =>
    run(async () => {
      const client = await apolloClient();
      if (action === "leave")
        await client.mutate({ mutation: LeaveCohortMutation, variables: { input: { cohortId } } });
      else await client.mutate({ mutation: DeleteCohortMutation, variables: { input: { cohortId } } });
      announce(t("done", { name }), { afterNavigation: true });
      router.push("/cohorts");
    });
  return (
    <>
      <Button variant="danger-secondary" size="bar" onClick={() => dialog.current?.showModal()}>
        {t("button")}
      </Button>
      <ConfirmDialog
        dialogRef={dialog}
        title={t("title", { name })}
        confirmLabel={t("confirm")}
        pendingLabel={t("pending")}
        pending={pending}
        tone="danger"
        onConfirm={confirm}
      >
        <p className="mt-2 text-sm">{t("body")}</p>
        <ActionError message={error} className="mt-2 text-sm" />
      </ConfirmDialog>
    </>
  );
}
