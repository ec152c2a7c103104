"use client";

import { memo, useEffect, useRef, type KeyboardEvent } from "react";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { useRowTexts } from "./row-texts";
import { STATUSES } from "./status-meta";

const ICON: Record<ItemStatus, string> = {
  NOT_STARTED: "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12z",
  IN_PROGRESS: "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12zM12 7v10a5 5 0 0 0 0-10z",
  DONE: "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1.2 11.6L7.2 12l1.4-1.4 2.2 2.2 4.6-4.6 1.4 1.4z",
  SKIPPED: "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM8 11h8v2H8z",
};

const CHECKED_STYLE: Record<ItemStatus, string> = {
  NOT_STARTED: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  IN_PROGRESS: "bg-amber-100 text-amber-900 ring-1 ring-amber-500 dark:bg-amber-950 dark:text-amber-200",
  DONE: "bg-emerald-100 text-emerald-900 ring-1 ring-emerald-600 dark:bg-emerald-950 dark:text-emerald-200",
  SKIPPED: "bg-slate-200 text-slate-700 ring-1 ring-slate-500 dark:bg-slate-800 dark:text-slate-300",
};

/**
 * The four statuses as a radio group (WAI-ARIA pattern): one tab stop, arrow keys
 * move and select, and the item's shortcut keys are handled by the checklist.
 */
export const StatusPicker = memo(function StatusPicker({
  itemId,
  title,
  value,
  onChange,
}: {
  itemId: string;
  title: string;
  value: ItemStatus;
  onChange: (itemId: string, status: ItemStatus) => void;
}) {
  const group = useRef<HTMLDivElement>(null);
  const { roadmap: t, status: statusName } = useRowTexts();

  // Keep DOM focus on the checked radio when the status changes from the keyboard.
  useEffect(() => {
    const root = group.current;
    if (root && root.contains(document.activeElement)) {
      root.querySelector<HTMLButtonElement>('[aria-checked="true"]')?.focus();
    }
  }, [value]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = STATUSES[(STATUSES.indexOf(value) + step + STATUSES.length) % STATUSES.length]!;
    onChange(itemId, next);
  };

  return (
    <div
      ref={group}
      role="radiogroup"
      aria-label={t("statusOf", { title })}
      data-status-picker={itemId}
      className="flex w-fit shrink-0 gap-0.5 rounded-md border border-slate-200 p-0.5 dark:border-slate-700"
    >
      {STATUSES.map((status) => {
        const checked = status === value;
        return (
          <button
            key={status}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            onClick={() => onChange(itemId, status)}
            onKeyDown={onKeyDown}
            // Icon and label stacked: the label is always visible (touch screens have no hover)
            // and names the button, and four of them still fit a nested item on a phone.
            className={`inline-flex min-w-12 flex-col items-center justify-center rounded px-1 pt-0.5 pb-1 text-[11px] leading-tight ${
              checked
                ? CHECKED_STYLE[status]
                : "text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
            }`}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="currentColor" fillRule="evenodd">
              <path d={ICON[status]} />
            </svg>
            <span className="whitespace-nowrap">{statusName[status]}</span>
          </button>
        );
      })}
    </div>
  );
});
