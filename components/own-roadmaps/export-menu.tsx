"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "../ui/button";

const EXPORTS = [
  { format: "markdown", label: "Markdown" },
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV" },
] as const;

/**
 * The roadmap's downloads, folded under "Export" (a native disclosure, so it
 * opens with Enter or Space). Escape closes it and puts focus back on its
 * button; a click or focus anywhere else closes it too.
 */
export function ExportMenu({ roadmapId }: { roadmapId: string }) {
  const t = useTranslations("ExportMenu");
  const menu = useRef<HTMLDetailsElement>(null);
  const button = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (menu.current && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !menu.current?.open) return;
      event.preventDefault();
      menu.current.open = false;
      button.current?.focus();
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("focusin", closeOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("focusin", closeOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [open]);

  return (
    <details ref={menu} className="relative" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary
        ref={button}
        className={buttonClass({ variant: "secondary", size: "bar", className: "cursor-pointer list-none" })}
      >
        {t("button")}
      </summary>
      <ul className="absolute z-30 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {EXPORTS.map(({ format, label }) => (
          <li key={format}>
            <a
              href={`/api/roadmaps/${roadmapId}/export?format=${format}`}
              download
              className="block rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              {t.rich("item", {
                format: label,
                quiet: (chunks) => <span className="text-slate-600 dark:text-slate-400">{chunks}</span>,
              })}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
