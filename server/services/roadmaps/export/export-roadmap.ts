import "server-only";

import { z } from "zod";
import { db } from "../../../db/client";
import { NotFoundError } from "../../../../shared/errors";
import { exportLegend } from "../../../../shared/roadmap-markdown/export-legend";
import { writeRoadmapMarkdown } from "../../../../shared/roadmap-markdown/write-roadmap-markdown";
import { idSchema } from "../../ids";
import { loadItemStates } from "../../progress/load-item-states";
import { validate } from "../../validate";
import { requireScope, type MaybeViewer } from "../../viewer";
import { roadmapCsv, roadmapJson, type ExportProgress } from "./export-formats";
import { loadRoadmapContents } from "../content/roadmap-content";

export const EXPORT_FORMATS = ["MARKDOWN", "JSON", "CSV"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRoadmapInput = z.object({ roadmapId: idSchema, format: z.enum(EXPORT_FORMATS) });

/** File names and types for downloads of each format. */
export const EXPORT_FILE: Record<ExportFormat, { extension: string; contentType: string }> = {
  MARKDOWN: { extension: "md", contentType: "text/markdown; charset=utf-8" },
  JSON: { extension: "json", contentType: "application/json; charset=utf-8" },
  CSV: { extension: "csv", contentType: "text/csv; charset=utf-8" },
};

/**
 * A roadmap the viewer may see, with the viewer's progress and notes, as
 * MARKDOWN (the importer's checklist: keys pinned, `[x]` done, `[/]` in
 * progress, `[-]` skipped, notes as quotes under their item), JSON (roadmap,
 * statuses, notes and the history of every change) or CSV (one row per item).
 * Null when signed out: there is no progress to export.
 */
export async function exportRoadmap(viewer: MaybeViewer, input: unknown): Promise<string | null> {
  return (await exportRoadmapFile(viewer, input))?.body ?? null;
}

/** The same export with the roadmap's title, which names the downloaded file. */
export async function exportRoadmapFile(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ title: string; body: string } | null> {
  const { roadmapId, format } = validate(exportRoadmapInput, input);
  if (!viewer) return null;
  const known = requireScope(viewer, "READ_PROGRESS");
  const [content] = await loadRoadmapContents(known, [roadmapId]);
  if (!content) throw new NotFoundError(`Roadmap ${roadmapId}`);
  const [{ progress, notes }, events] = await Promise.all([
    loadItemStates(known, [roadmapId]),
    db().progressEvent.findMany({
      // An item following its skill (SKILL) is bookkeeping: the history is what the learner did.
      where: { userId: known.userId, roadmapId, kind: { not: "SKILL" } },
      orderBy: { id: "asc" },
      select: { itemId: true, from: true, to: true, at: true, kind: true, item: { select: { key: true } } },
    }),
  ]);
  const statuses = progress.get(roadmapId) ?? new Map();
  const exported: ExportProgress = {
    statusOf: (itemId) => statuses.get(itemId),
    noteOf: (itemId) => notes.get(itemId)?.body,
    history: events.map(({ item, ...event }) => ({ ...event, itemKey: item.key })),
  };
  const now = new Date();
  const { title } = content.roadmap;
  if (format === "JSON") return { title, body: roadmapJson(content, exported, now) };
  if (format === "CSV") return { title, body: roadmapCsv(content, exported) };
  const legend = exportLegend(content.roadmap.slug, known.login, now);
  const idOf = new Map(content.items.map((item) => [item.key, item.id]));
  const markdown = writeRoadmapMarkdown(
    { ...content.roadmap, ...content },
    {
      statusOf: (item) => statuses.get(idOf.get(item.key) ?? "")?.status,
      noteOf: (item) => notes.get(idOf.get(item.key) ?? "")?.body,
    },
  );
  return { title, body: legend + markdown };
}
