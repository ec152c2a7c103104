"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { computeCompletion } from "@/shared/completion";
import type { RoadmapPageData } from "@/shared/roadmap-view";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { ResourceLink } from "./resource-link";
import { Card } from "../ui/card";
import { CompletionBar } from "../ui/completion-bar";
import { EmptyState } from "../ui/empty-state";
import { Toast, type ToastMessage } from "../ui/toast";
import { ChecklistItem } from "./checklist-item";
import { ChecklistToolbar } from "./checklist-toolbar";
import { NO_FILTERS, isFiltering, visibleItemIds, type Filters } from "./filter-items";
import { flattenItems } from "./flatten-items";
import { useChecklistStore } from "./hooks/use-checklist-store";
import { useItemFocus } from "./hooks/use-item-focus";
import { formatLocalDay, useItemDates } from "./hooks/use-item-dates";
import { useItemShortcuts } from "./hooks/use-item-shortcuts";
import { usePageShortcuts } from "./hooks/use-page-shortcuts";
import { useRevealFirstMatch } from "./hooks/use-reveal-first-match";
import { ResetProgressButton } from "./reset-progress-button";
import { RowTextsProvider } from "./row-texts";
import { ShortcutsDialog } from "./shortcuts-dialog";

type Mode = "learner" | "guest";

/**
 * The interactive roadmap below its title: completion, filters and the items.
 * Server-rendered first; then a guest's changes go to this browser's storage and
 * a learner's through Apollo Client's cache (see useChecklistStore).
 */
export function RoadmapChecklist({ data, mode }: { data: RoadmapPageData; mode: Mode }) {
  const t = useTranslations("Roadmap");
  const locale = useLocale();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [helpOpen, setHelpOpen] = useState(false);
  const [showDates, setShowDates] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [noteRequests, setNoteRequests] = useState<Record<string, number>>({});
  const root = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);

  const showError = useCallback((text: string) => setToast({ id: Date.now(), text, tone: "error" }), []);
  const dismissToast = useCallback(() => setToast(null), []);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const { store, stateOf } = useChecklistStore(data, mode, showError);
  const dates = useItemDates(data.roadmap.slug, mode === "learner" && showDates, stateOf);
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

  usePageShortcuts(search, openHelp);
  useRevealFirstMatch(root, filters);
  const { onFocus, moveFocus } = useItemFocus(root, visible);
  const onKeyDown = useItemShortcuts({
    setStatus: store.setStatus,
    moveFocus,
    openNote:
      mode === "learner"
        ? (itemId) => setNoteRequests((requests) => ({ ...requests, [itemId]: (requests[itemId] ?? 0) + 1 }))
        : null,
  });

  const shownCount = allItems.filter((item) => visible.has(item.id)).length;

  return (
    <RowTextsProvider>
      {/* Key events bubble here from the focusable controls inside each item. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div ref={root} onKeyDown={onKeyDown} onFocus={onFocus} className="space-y-6">
        <div className="space-y-3">
          <div data-testid="roadmap-completion">
            <CompletionBar label={t("completion", { title: data.roadmap.title })} completion={overall} />
          </div>
          {data.resources.length > 0 && (
            <ul aria-label={t("resources")} className="flex flex-wrap gap-3">
              {data.resources.map((resource) => (
                <li key={resource.id}>
                  <ResourceLink {...resource} />
                </li>
              ))}
            </ul>
          )}
          {mode === "learner" && (
            <ResetProgressButton
              title={data.roadmap.title}
              onReset={store.resetRoadmap}
              loadSharedSkills={store.sharedSkills}
              onError={showError}
            />
          )}
        </div>

        <ChecklistToolbar
          filters={filters}
          onChange={setFilters}
          searchRef={search}
          onShowHelp={openHelp}
          summary={isFiltering(filters) ? t("shown", { shown: shownCount, total: allItems.length }) : null}
          showDates={mode === "learner" ? showDates : null}
          onShowDatesChange={setShowDates}
        />

        {shownCount === 0 && (
          <EmptyState>
            {t("noMatch")}{" "}
            <button
              type="button"
              className="font-medium text-indigo-700 underline dark:text-indigo-300"
              onClick={() => setFilters(NO_FILTERS)}
            >
              {t("clearFilters")}
            </button>
          </EmptyState>
        )}

        {data.sections.map((section) => {
          const sectionItems = flattenItems(section.items);
          if (!sectionItems.some((item) => visible.has(item.id))) return null;
          const completion = computeCompletion(
            sectionItems.map((item) => item.id),
            statusOf,
          );
          return (
            <Card
              as="section"
              key={section.id}
              aria-labelledby={`section-${section.key}`}
              data-section-key={section.key}
            >
              <div className="mb-2 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
                <h2 id={`section-${section.key}`} className="text-lg font-semibold">
                  {section.title}
                </h2>
                <div className="sm:w-64" data-testid="section-completion">
                  <CompletionBar label={t("completion", { title: section.title })} completion={completion} size="sm" />
                </div>
              </div>
              {dates?.get(section.id)?.startedAt && (
                <p className="mb-2 text-xs text-slate-600 dark:text-slate-400" data-testid="section-dates">
                  {t("started", { date: formatLocalDay(dates.get(section.id)!.startedAt!, locale) })}
                  {dates.get(section.id)!.endedAt &&
                    ` · ${t("completed", { date: formatLocalDay(dates.get(section.id)!.endedAt!, locale) })}`}
                </p>
              )}
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {section.items.map((item) => (
                  <ChecklistItem
                    key={item.id}
                    item={item}
                    stateOf={stateOf}
                    visible={visible}
                    notes={mode === "learner"}
                    noteRequests={noteRequests}
                    dates={dates}
                    skillSources={data.skillSources}
                    skillNotes={data.skillNotes}
                    onSetStatus={store.setStatus}
                    onSaveNote={store.saveNote}
                  />
                ))}
              </ul>
            </Card>
          );
        })}

        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        <Toast message={toast} onDismiss={dismissToast} />
      </div>
    </RowTextsProvider>
  );
}
