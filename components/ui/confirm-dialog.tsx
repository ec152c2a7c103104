"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode, type RefObject } from "react";
import { Button } from "./button";

/**
 * A modal confirmation: a title, what will happen, Cancel and the action. The
 * caller opens it (`dialogRef.current.showModal()`), which gives the native
 * dialog's focus trap, Escape to cancel and a return of focus to the opener.
 * The action button says what is happening while `pending`, and cannot be
 * pressed twice.
 */
export function ConfirmDialog({
  dialogRef,
  title,
  children,
  confirmLabel,
  pendingLabel,
  pending = false,
  tone,
  onConfirm,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: ReactNode;
  /** The explanation, and any choice or error shown with it. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  pending?: boolean;
  tone: "primary" | "danger";
  onConfirm: () => void;
}) {
  const titleId = useId();
  const t = useTranslations("UI");
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="quiet" onClick={() => dialogRef.current?.close()}>
          {t("cancel")}
        </Button>
        <Button variant={tone} onClick={onConfirm} pending={pending} pendingLabel={pendingLabel}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
