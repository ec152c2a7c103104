"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { computeCompletion } from "@/app/lib/services/progress/completion";
import type { RoadmapPageData } from "@/app/lib/services/roadmaps/roadmap-page-data";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { ResourceLink } from "../resource-link";
import { CompletionBar } from "../ui/completion-bar";
import { Toast, type ToastMessage } from "../ui/toast";
import { ChecklistItem } from "./checklist-item";
import { ChecklistToolbar } from "./checklist-toolbar";
import { NO_FILTERS, isFiltering, visibleItemIds, type Filters } from "./filter-items";
import { ResetProgressButton } from "./reset-progress-button";
import { flattenItems } from "./flatten-items";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { STATUS_KEYS } from "./status-meta";
import { NOT_STARTED } from "./store/checklist-store";
import { createGuestStore } from "./store/guest-store";
import { createLearnerStore } from "./store/learner-store";

type Mode = "learner" | "guest";

/**
 * The interactive roadmap: server-rendered first; then a guest's changes go to
 * this browser's storage and a learner's through Apollo Client's cache.
 */
export function RoadmapChecklist({ data, mode }: { data: RoadmapPageData; mode: Mode }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [helpOpen, setHelpOpen] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [noteRequests, setNoteRequests] = useState<Record<string, number>>({});
  const root = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);

  const showError = useCallback((text: string) => setToast({ id: Date.now(), text, tone: "error" }), []);
  const dismissToast = useCallback(() => setToast(null), []);
  // One store for the page's lifetime (the page is keyed by mode, so signing in
  // makes a new one); a server refresh (after a guest's progress was merged, say)
  // hands it new data instead of replacing it, so no change in flight is lost.
  const [store] = useState(() => (mode === "guest" ? createGuestStore(data) : createLearnerStore(data, showError)));
  const firstData = useRef(data);
  useEffect(() => {
    if (data !== firstData.current) store.replaceServerData(data);
  }, [store, data]);
  const states = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const stateOf = useCallback((itemId: string) => states.get(itemId) ?? NOT_STARTED, [states]);
  const setStatus = store.setStatus;
  const saveNote = store.saveNote;
  const allItems = useMemo(() => data.sections.flatMap((section) => flattenItems(section.items)), [data]);

  const statusOf = useCallback((itemId: string): ItemStatus => stateOf(itemId).status, [stateOf]);
  const visible = useMemo(
    () =>
      visibleItemIds(
        data.sections.flatMap((section) => section.items),
        statusOf,
        filters,
      ),
    [data, statusOf, filters],
  );
  const overall = computeCompletion(
    allItems.map((item) => item.id),
    statusOf,
  );

  // Ctrl/Cmd+K and "/" search, "?" help: anywhere on the page but in a text field.
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
        setHelpOpen(true);
      } else if (event.key === "/" && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        search.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const focusItem = (from: HTMLElement, step: 1 | -1) => {
    const pickers = [...(root.current?.querySelectorAll<HTMLElement>("[data-status-picker]") ?? [])].filter(
      (picker) => picker.closest("[hidden]") === null,
    );
    const index = pickers.findIndex((picker) => picker.contains(from) || from.contains(picker));
    const next = pickers[index === -1 ? 0 : index + step];
    next?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
  };

  // A filter can hide the item that has focus (marking it done under "Hide done"):
  // focus then moves to the next item still shown instead of falling to <body>.
  const focusedItem = useRef<string | null>(null);
  useEffect(() => {
    const itemId = focusedItem.current;
    const row = itemId ? root.current?.querySelector<HTMLElement>(`[data-item-id="${itemId}"]`) : null;
    if (!row || row.closest("[hidden]") === null) return;
    if (document.activeElement && document.activeElement !== document.body && !row.contains(document.activeElement))
      return;
    const pickers = [...(root.current?.querySelectorAll<HTMLElement>("[data-status-picker]") ?? [])];
    const after = pickers.filter(
      (picker) =>
        picker.closest("[hidden]") === null && row.compareDocumentPosition(picker) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const target = after[0] ?? pickers.filter((picker) => picker.closest("[hidden]") === null).at(-1);
    target?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
  }, [visible]);

  // Shortcuts on the focused item (its status buttons, links or note).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable='true']")) return;
    const itemId = target.closest<HTMLElement>("[data-item-id]")?.dataset.itemId;
    if (!itemId) return;
    const key = event.key.toLowerCase();
    const status = STATUS_KEYS[key];
    if (status) {
      event.preventDefault();
      setStatus(itemId, status);
    } else if (key === "j" || key === "k") {
      event.preventDefault();
      focusItem(target, key === "j" ? 1 : -1);
    } else if (key === "n" && mode === "learner") {
      event.preventDefault();
      setNoteRequests((requests) => ({ ...requests, [itemId]: (requests[itemId] ?? 0) + 1 }));
    }
  };

  const shownCount = allItems.filter((item) => visible.has(item.id)).length;

  return (
    // Key events bubble here from the focusable controls inside each item.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={root}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        focusedItem.current =
          (event.target as HTMLElement).closest<HTMLElement>("[data-item-id]")?.dataset.itemId ?? null;
      }}
      className="space-y-6"
    >
      <header className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{data.roadmap.title}</h1>
        {data.roadmap.description && <p className="text-slate-700 dark:text-slate-300">{data.roadmap.description}</p>}
        <div data-testid="roadmap-completion">
          <CompletionBar label={`${data.roadmap.title} completion`} completion={overall} />
        </div>
        {data.resources.length > 0 && (
          <ul aria-label="Roadmap resources" className="flex flex-wrap gap-3">
            {data.resources.map((resource) => (
              <li key={resource.id}>
                <ResourceLink {...resource} />
              </li>
            ))}
          </ul>
        )}
        {mode === "learner" && (
          <ResetProgressButton title={data.roadmap.title} onReset={store.resetRoadmap} onError={showError} />
        )}
      </header>

      <ChecklistToolbar
        filters={filters}
        onChange={setFilters}
        searchRef={search}
        onShowHelp={() => setHelpOpen(true)}
        summary={isFiltering(filters) ? `${shownCount} of ${allItems.length} items shown` : null}
      />

      {shownCount === 0 && (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
          No items match.{" "}
          <button
            type="button"
            className="font-medium text-indigo-700 underline dark:text-indigo-300"
            onClick={() => setFilters(NO_FILTERS)}
          >
            Clear filters
          </button>
        </p>
      )}

      {data.sections.map((section) => {
        const sectionItems = flattenItems(section.items);
        if (!sectionItems.some((item) => visible.has(item.id))) return null;
        const completion = computeCompletion(
          sectionItems.map((item) => item.id),
          statusOf,
        );
        return (
          <section
            key={section.id}
            aria-labelledby={`section-${section.key}`}
            data-section-key={section.key}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <div className="mb-2 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
              <h2 id={`section-${section.key}`} className="text-lg font-semibold">
                {section.title}
              </h2>
              <div className="sm:w-64" data-testid="section-completion">
                <CompletionBar label={`${section.title} completion`} completion={completion} size="sm" />
              </div>
            </div>
            <ul className="divide-y divide-slate-100 dark:divide-slate-800">
              {section.items.map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  stateOf={stateOf}
                  visible={visible}
                  notes={mode === "learner"}
                  noteRequests={noteRequests}
                  onSetStatus={setStatus}
                  onSaveNote={saveNote}
                />
              ))}
            </ul>
          </section>
        );
      })}

      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <Toast message={toast} onDismiss={dismissToast} />
    </div>
  );
}
