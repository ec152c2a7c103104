"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";
import { ForkRoadmapMutation } from "./own-roadmap-operations";
import { useRoadmapErrorText } from "./use-roadmap-error-text";

/**
 * Copies the roadmap into a private one of the viewer's, optionally with their
 * statuses, then opens it and says so there.
 */
export function ForkButton({ roadmapId, title }: { roadmapId: string; title: string }) {
  const t = useTranslations("ForkButton");
  const router = useRouter();
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  const [copyProgress, setCopyProgress] = useState(true);
  const describe = useRoadmapErrorText({ action: "fork", roadmapId });
  const { pending, error, run } = useMutationAction({ describe });

  const fork = () =>
    run(async () => {
      const client = await apolloClient();
      const { data } = await client.mutate({
        mutation: ForkRoadmapMutation,
        variables: { input: { roadmapId, copyProgress } },
      });
      dialog.current?.close();
      if (data) {
        announce(t("forked", { title, statuses: copyProgress ? "yes" : "no" }), { afterNavigation: true });
        router.push(data.forkRoadmap.path);
      }
    });

  return (
    <>
      <Button variant="secondary" size="bar" onClick={() => dialog.current?.showModal()}>
        {t("fork")}
      </Button>
      <ConfirmDialog
        dialogRef={dialog}
        title={t("title", { title })}
        confirmLabel={t("fork")}
        pendingLabel={t("forking")}
        pending={pending}
        tone="primary"
        onConfirm={fork}
      >
        <p className="mt-2 text-sm">{t("body")}</p>
        <Checkbox className="mt-3 flex text-sm" checked={copyProgress} onChange={setCopyProgress}>
          {t("copyProgress")}
        </Checkbox>
        <ActionError message={error} className="mt-2 text-sm" />
      </ConfirmDialog>
    </>
  );
}
