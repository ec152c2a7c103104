"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "../ui/button";

/** Keys and the message saying what they do; null keys are a message too (they have words). */
const SHORTCUTS = [
  ["d", "done"],
  ["p", "inProgress"],
  ["s", "skip"],
  ["r", "reset"],
  ["← →", "step"],
  ["j / k", "move"],
  ["n", "note"],
  [null, "search"],
  ["?", "help"],
] as const;

/** The keyboard help, a native modal dialog (focus trapped, Esc closes). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("ShortcutsDialog");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                {keys ?? t("searchKeys")}
              </kbd>
            </dt>
            <dd>{t(action)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-end">
        <Button type="submit" variant="primary">
          {t("close")}
        </Button>
      </form>
    </dialog>
  );
}
