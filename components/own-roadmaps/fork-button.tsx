"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { apolloClient } from "../apollo/apollo-client";
import { ActionError } from "../ui/action-error";
import { useAnnounce } from "../ui/announcer";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";
import { ForkRoadmapMutation } from "./own-roadmap-operations";

/**
 * Copies the roadmap into a private one of the viewer's, optionally with their
 * statuses, then opens it and says so there.
 */
export function ForkButton({ roadmapId, title }: { roadmapId: string; title: string }) {
  const router = useRouter();
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  const [copyProgress, setCopyProgress] = useState(true);
  const { pending, error, run } = useMutationAction();

  const fork = () =>
    run(async () => {
      const client = await apolloClient();
      const { data } = await client.mutate({
        mutation: ForkRoadmapMutation,
        variables: { input: { roadmapId, copyProgress } },
      });
      dialog.current?.close();
      if (data) {
        announce(
          `Forked “${title}”: this is your private copy${copyProgress ? ", with your statuses" : ""}. Edit it as you like.`,
          { afterNavigation: true },
        );
        router.push(data.forkRoadmap.path);
      }
    });

  return (
    <>
      <Button variant="secondary" size="bar" onClick={() => dialog.current?.showModal()}>
        Fork
      </Button>
      <ConfirmDialog
        dialogRef={dialog}
        title={`Fork ${title}`}
        confirmLabel="Fork"
        pendingLabel="Forking…"
        pending={pending}
        tone="primary"
        onConfirm={fork}
      >
        <p className="mt-2 text-sm">
          A private copy of your own, which you can edit; it links back to this one. Progress is per roadmap.
        </p>
        <Checkbox className="mt-3 flex text-sm" checked={copyProgress} onChange={setCopyProgress}>
          Copy my statuses on this roadmap to the fork
        </Checkbox>
        <ActionError message={error} className="mt-2 text-sm" />
      </ConfirmDialog>
    </>
  );
}
