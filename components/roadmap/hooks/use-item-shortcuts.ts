import type { KeyboardEvent } from "react";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { STATUS_KEYS } from "../status-meta";

/**
 * Shortcuts on the focused item (its status buttons, links or note): a status
 * key sets it, j/k move between items, n opens the note. Key events bubble to
 * the list's container from the focusable controls inside each item.
 */
export function useItemShortcuts(options: {
  setStatus: (itemId: string, status: ItemStatus) => void;
  moveFocus: (from: HTMLElement, step: 1 | -1) => void;
  openNote: ((itemId: string) => void) | null;
}) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable='true']")) return;
    const itemId = target.closest<HTMLElement>("[data-item-id]")?.dataset.itemId;
    if (!itemId) return;
    const key = event.key.toLowerCase();
    const status = STATUS_KEYS[key];
    if (status) {
      event.preventDefault();
      options.setStatus(itemId, status);
    } else if (key === "j" || key === "k") {
      event.preventDefault();
      options.moveFocus(target, key === "j" ? 1 : -1);
    } else if (key === "n" && options.openNote) {
      event.preventDefault();
      options.openNote(itemId);
    }
  };
}
