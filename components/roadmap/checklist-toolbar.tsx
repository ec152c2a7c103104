"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import type { Filters } from "./filter-items";

/** Search and filters; sticky so they stay at hand on a long roadmap. */
const FILTER_BOXES = ["hideDone", "onlyInProgress"] as const;

export function ChecklistToolbar({
  filters,
  onChange,
  searchRef,
  onShowHelp,
  summary,
  showDates,
  onShowDatesChange,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  onShowHelp: () => void;
  summary: string | null;
  /** Null for guests, who have no history to date. */
  showDates: boolean | null;
  onShowDatesChange: (show: boolean) => void;
}) {
  const t = useTranslations("ChecklistToolbar");
  return (
    <div
      role="search"
      className="sticky top-0 z-10 -mx-4 flex flex-col gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:flex-row sm:items-center sm:rounded-lg sm:border dark:border-slate-800 dark:bg-slate-950/95"
    >
      <div className="relative flex-1">
        <label htmlFor="item-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="item-search"
          ref={searchRef}
          type="search"
          value={filters.query}
          onChange={(event) => onChange({ ...filters, query: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === "Escape") onChange({ ...filters, query: "" });
          }}
          placeholder={t("searchPlaceholder")}
          autoComplete="off"
          className="w-full rounded-md border border-slate-300 bg-white py-1.5 ps-3 pe-3 text-sm dark:border-slate-600 dark:bg-slate-900 any-pointer-fine:pe-16"
        />
        {/* Keyboard hints only where there is a mouse or trackpad (and so, most likely, a keyboard):
            on a touch screen they mean nothing. */}
        <kbd className="pointer-events-none absolute end-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1 font-mono text-xs text-slate-500 dark:border-slate-600 dark:text-slate-400 any-pointer-fine:block">
          Ctrl K
        </kbd>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {FILTER_BOXES.map((key) => (
          <Checkbox
            key={key}
            className="inline-flex"
            checked={filters[key]}
            onChange={(checked) => onChange({ ...filters, [key]: checked })}
          >
            {t(key)}
          </Checkbox>
        ))}
        {showDates !== null && (
          <Checkbox className="inline-flex" checked={showDates} onChange={onShowDatesChange}>
            {t("showDates")}
          </Checkbox>
        )}
        <Button
          variant="secondary"
          size="toolbar"
          onClick={onShowHelp}
          className="hidden font-medium any-pointer-fine:inline-block"
        >
          {t("shortcuts")} <kbd className="font-mono">?</kbd>
        </Button>
      </div>
      <p role="status" className="sr-only">
        {summary ?? ""}
      </p>
      {summary && <p className="text-xs text-slate-600 sm:hidden dark:text-slate-400">{summary}</p>}
    </div>
  );
}
