import { useEffect, type RefObject } from "react";

/** Ctrl/Cmd+K and "/" focus the search, "?" opens the help: anywhere on the page but in a text field. */
export function usePageShortcuts(search: RefObject<HTMLInputElement | null>, openHelp: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        search.current?.focus();
        search.current?.select();
        return;
      }
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (event.key === "?") {
        event.preventDefault();
        openHelp();
      } else if (event.key === "/" && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        search.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [search, openHelp]);
}
