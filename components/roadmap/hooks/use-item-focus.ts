import { useCallback, useEffect, useRef, type FocusEvent, type RefObject } from "react";

function shownPickers(root: HTMLElement | null): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>("[data-status-picker]") ?? [])].filter(
    (picker) => picker.closest("[hidden]") === null,
  );
}

function focusPicker(picker: HTMLElement | undefined) {
  picker?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
}

/**
 * Focus between items: `moveFocus` goes to the next or previous item shown (j/k),
 * and when a filter hides the item that has focus (marking it done under "Hide
 * done"), focus moves to the next item still shown instead of falling to <body>.
 * Put `onFocus` on the list's container; call again whenever `visible` changes.
 */
export function useItemFocus(root: RefObject<HTMLElement | null>, visible: ReadonlySet<string>) {
  const focusedItem = useRef<string | null>(null);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    focusedItem.current = (event.target as HTMLElement).closest<HTMLElement>("[data-item-id]")?.dataset.itemId ?? null;
  }, []);

  const moveFocus = useCallback(
    (from: HTMLElement, step: 1 | -1) => {
      const pickers = shownPickers(root.current);
      const index = pickers.findIndex((picker) => picker.contains(from) || from.contains(picker));
      focusPicker(pickers[index === -1 ? 0 : index + step]);
    },
    [root],
  );

  useEffect(() => {
    const itemId = focusedItem.current;
    const row = itemId ? root.current?.querySelector<HTMLElement>(`[data-item-id="${itemId}"]`) : null;
    if (!row || row.closest("[hidden]") === null) return;
    if (document.activeElement && document.activeElement !== document.body && !row.contains(document.activeElement))
      return;
    const shown = shownPickers(root.current);
    const after = shown.filter((picker) => row.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING);
    focusPicker(after[0] ?? shown.at(-1));
  }, [root, visible]);

  return { onFocus, moveFocus };
}
