"use client";

import { useRef } from "react";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { useMutationAction } from "../ui/use-mutation-action";

/** Starts a roadmap over, after a confirmation; notes and history are kept. */
export function ResetProgressButton({
  title,
  onReset,
  onError,
}: {
  title: string;
  onReset: () => Promise<void>;
  onError: (message: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The checklist says a failure page-wide (onError), in its own words for the store's errors.
  const { pending: loading, run } = useMutationAction({
    describe: (error) => `Could not reset: ${error instanceof Error ? error.message : String(error)}`,
    onError,
  });

  const confirm = () => {
    // Closing the dialog gives the focus back to the button that opened it, which keeps it from here on.
    dialog.current?.close();
    void run(onReset);
  };

  return (
    <>
      {/* aria-disabled, not disabled: a disabled button loses the focus, which would fall to the page. */}
      <button
        type="button"
        onClick={() => {
          if (!loading) dialog.current?.showModal();
        }}
        aria-disabled={loading}
        className="text-sm text-slate-600 underline-offset-4 hover:text-red-700 hover:underline aria-disabled:opacity-50 dark:text-slate-400 dark:hover:text-red-400"
      >
        {loading ? "Resetting…" : "Reset progress"}
      </button>
      <ConfirmDialog
        dialogRef={dialog}
        title={`Reset ${title}?`}
        confirmLabel="Reset progress"
        tone="danger"
        onConfirm={confirm}
      >
        <p className="mt-2 text-sm">
          Every item goes back to not started. Your notes and your history (charts, streaks) are kept.
        </p>
      </ConfirmDialog>
    </>
  );
}
