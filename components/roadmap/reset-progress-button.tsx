"use client";

import { useRef, useState } from "react";

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
  const [loading, setLoading] = useState(false);

  const confirm = async () => {
    dialog.current?.close();
    setLoading(true);
    try {
      await onReset();
    } catch (error) {
      onError(`Could not reset: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        disabled={loading}
        className="text-sm text-slate-600 underline-offset-4 hover:text-red-700 hover:underline disabled:opacity-50 dark:text-slate-400 dark:hover:text-red-400"
      >
        {loading ? "Resetting…" : "Reset progress"}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="reset-title"
        className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="reset-title" className="text-lg font-semibold">
          Reset {title}?
        </h2>
        <p className="mt-2 text-sm">
          Every item goes back to not started. Your notes and your history (charts, streaks) are kept.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md px-3 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={confirm}
            className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-600"
          >
            Reset progress
          </button>
        </div>
      </dialog>
    </>
  );
}
