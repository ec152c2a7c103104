"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { errorMessage } from "../apollo/error-message";
import { writeClient } from "../apollo/write-client";
import { useAnnounce } from "../ui/announcer";
import { ConfirmDialog } from "../ui/confirm-dialog";
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
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fork = async () => {
    setPending(true);
    setError(null);
    try {
      const client = await writeClient();
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
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Fork
      </button>
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
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={copyProgress}
            onChange={(event) => setCopyProgress(event.target.checked)}
            className="h-4 w-4 accent-indigo-700"
          />
          Copy my statuses on this roadmap to the fork
        </label>
        {error && (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
