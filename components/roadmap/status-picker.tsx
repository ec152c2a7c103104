"use client";

import { memo, useEffect, useRef, type KeyboardEvent } from "react";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { useRowTexts } from "./row-texts";
import { STATUSES } from "./status-meta";

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
            // and names the button, and four of them still fit a nested item on a phone. Their
            // looks and icons, one per status, are in app/globals.css (.status-option).
            className="status-option"
            data-status={status}
          >
            <span aria-hidden="true" className="mask-icon" />
            <span>{statusName[status]}</span>
          </button>
        );
      })}
    </div>
  );
});
