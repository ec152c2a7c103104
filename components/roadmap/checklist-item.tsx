"use client";

import { memo } from "react";
import type { ItemView, SkillNoteView, SkillSourceView } from "@/shared/roadmap-view";
import type { ItemStatus } from "@/graphql/generated/client/graphql";
import { ResourceLink } from "./resource-link";
import { formatLocalDay, type ItemDatesById } from "./hooks/use-item-dates";
import { ItemNote } from "./item-note";
import { SkillNotesElsewhere } from "./skill-notes-elsewhere";
import { ItemSkill } from "./item-skill";
import { useRowTexts } from "./row-texts";
import type { ItemRowState } from "./store/checklist-store";
import { StatusPicker } from "./status-picker";

const TITLE_STYLE: Record<ItemStatus, string> = {
  NOT_STARTED: "",
  IN_PROGRESS: "font-medium",
  DONE: "text-slate-500 line-through decoration-slate-400 dark:text-slate-400",
  SKIPPED: "text-slate-500 italic dark:text-slate-400",
};

/** One checklist line with its status, resources, note and nested lines. */
export const ChecklistItem = memo(function ChecklistItem({
  item,
  stateOf,
  visible,
  notes,
  noteRequests,
  dates,
  skillSources,
  skillNotes,
  onSetStatus,
  onSaveNote,
}: {
  item: ItemView;
  stateOf: (itemId: string) => ItemRowState;
  visible: Set<string>;
  notes: boolean;
  noteRequests: Record<string, number>;
  /** The learner's dates, while they are shown. */
  dates: ItemDatesById | null;
  /** Per item: where a status that came through its skill was set. */
  skillSources?: Record<string, SkillSourceView>;
  /** Per item claiming a skill: the learner's notes on other items claiming it. */
  skillNotes?: Record<string, SkillNoteView[]>;
  onSetStatus: (itemId: string, status: ItemStatus) => void;
  onSaveNote: (itemId: string, note: string) => Promise<void>;
}) {
  const { roadmap: t, status: statusName, locale } = useRowTexts();
  const state = stateOf(item.id);
  const span = dates?.get(item.id);
  return (
    <li id={`item-${item.id}`} data-item-id={item.id} hidden={!visible.has(item.id)} className="scroll-mt-32 py-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
        <StatusPicker itemId={item.id} title={item.title} value={state.status} onChange={onSetStatus} />
        <div className="min-w-0 flex-1 sm:pt-1">
          <p className={TITLE_STYLE[state.status]} data-testid="item-title">
            {item.title}
            <span className="sr-only">, {statusName[state.status]}</span>
          </p>
          {span && (span.startedAt || span.endedAt) && (
            <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="item-dates">
              {[
                span.startedAt && t("started", { date: formatLocalDay(span.startedAt, locale) }),
                span.endedAt && t("finished", { date: formatLocalDay(span.endedAt, locale) }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          )}
          {item.skill && <ItemSkill skill={item.skill} source={skillSources?.[item.id]} status={state.status} />}
          {item.resources.length > 0 && (
            <ul aria-label={t("resourcesFor", { title: item.title })} className="mt-1 flex flex-col gap-1">
              {item.resources.map((resource) => (
                <li key={resource.id} className="min-w-0">
                  <ResourceLink {...resource} />
                </li>
              ))}
            </ul>
          )}
          {notes && (
            <ItemNote
              title={item.title}
              note={state.note}
              noteHtml={state.noteHtml}
              editRequest={noteRequests[item.id] ?? 0}
              onSave={(note) => onSaveNote(item.id, note)}
            />
          )}
          {notes && item.skill && (skillNotes?.[item.id]?.length ?? 0) > 0 && (
            <SkillNotesElsewhere skill={item.skill} notes={skillNotes![item.id]!} />
          )}
        </div>
      </div>
      {item.children.length > 0 && (
        <ul className="ms-4 mt-1 border-s border-slate-200 ps-3 sm:ms-6 dark:border-slate-700">
          {item.children.map((child) => (
            <ChecklistItem
              key={child.id}
              item={child}
              stateOf={stateOf}
              visible={visible}
              notes={notes}
              noteRequests={noteRequests}
              dates={dates}
              skillSources={skillSources}
              skillNotes={skillNotes}
              onSetStatus={onSetStatus}
              onSaveNote={onSaveNote}
            />
          ))}
        </ul>
      )}
    </li>
  );
});
