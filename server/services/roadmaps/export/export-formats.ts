import "server-only";

import type { ItemStatus, ProgressEventKind } from "../../../db/generated/enums";
import type { ItemNode, ResourceNode, RoadmapContent } from "../content/roadmap-content";

/*
 * The JSON and CSV shapes of a roadmap export (the markdown one is the
 * importer's own format, write-roadmap-markdown.ts).
 */

export interface ExportProgress {
  statusOf(itemId: string): { status: ItemStatus; updatedAt: Date } | undefined;
  noteOf(itemId: string): string | undefined;
  /** Every change, "Reset progress" included (kind RESET). */
  history: { itemId: string; itemKey: string; from: ItemStatus; to: ItemStatus; at: Date; kind: ProgressEventKind }[];
}

const exportedResource = ({ title, url, kind, writtenType, language }: ResourceNode) => ({
  title,
  url,
  kind,
  writtenType,
  language,
});

export function roadmapJson(content: RoadmapContent, progress: ExportProgress, exportedAt: Date): string {
  const item = (node: ItemNode): unknown => {
    const state = progress.statusOf(node.id);
    return {
      key: node.key,
      title: node.title,
      skill: node.skill ?? null,
      status: state?.status ?? "NOT_STARTED",
      statusUpdatedAt: state?.updatedAt.toISOString() ?? null,
      note: progress.noteOf(node.id) ?? null,
      resources: node.resources.map(exportedResource),
      children: node.children.map(item),
    };
  };
  const { roadmap } = content;
  return JSON.stringify(
    {
      format: "waymark-roadmap-export",
      version: 1,
      exportedAt: exportedAt.toISOString(),
      roadmap: {
        id: roadmap.id,
        slug: roadmap.slug,
        path: `/roadmaps/${roadmap.slug}`,
        title: roadmap.title,
        description: roadmap.description,
        owner: roadmap.ownerLogin,
        visibility: roadmap.visibility,
        resources: content.resources.map(exportedResource),
      },
      sections: content.sections.map((section) => ({
        key: section.key,
        title: section.title,
        items: section.items.map(item),
      })),
      history: progress.history.map((event) => ({
        itemKey: event.itemKey,
        from: event.from,
        to: event.to,
        at: event.at.toISOString(),
        kind: event.kind,
      })),
    },
    null,
    2,
  );
}

const CSV_COLUMNS = [
  "section",
  "item",
  "key",
  "parent_key",
  "status",
  "started_at",
  "finished_at",
  "updated_at",
  "note",
];

/**
 * One row per item, in reading order: its section, title, key and parent's
 * key, the viewer's status, when they first started it, when they finished it
 * (DONE or SKIPPED, if it is), when the status last changed, and their note.
 * RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a quote.
 */
export function roadmapCsv(content: RoadmapContent, progress: ExportProgress): string {
  const started = new Map<string, Date>();
  const finished = new Map<string, Date>();
  for (const event of progress.history) {
    if (event.to !== "NOT_STARTED" && !started.has(event.itemId)) started.set(event.itemId, event.at);
    if (event.to === "DONE" || event.to === "SKIPPED") finished.set(event.itemId, event.at);
  }
  const keyOf = new Map(content.items.map((item) => [item.id, item.key]));
  const rows = [CSV_COLUMNS];
  for (const section of content.sections) {
    for (const item of section.allItems) {
      const state = progress.statusOf(item.id);
      const status = state?.status ?? "NOT_STARTED";
      const done = status === "DONE" || status === "SKIPPED";
      rows.push([
        section.title,
        item.title,
        item.key,
        item.parentId ? (keyOf.get(item.parentId) ?? "") : "",
        status,
        started.get(item.id)?.toISOString() ?? "",
        done ? (finished.get(item.id)?.toISOString() ?? state?.updatedAt.toISOString() ?? "") : "",
        state?.updatedAt.toISOString() ?? "",
        progress.noteOf(item.id) ?? "",
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** One RFC 4180 cell; a cell a spreadsheet would run as a formula (= + - @ tab CR first) gets a quote. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
