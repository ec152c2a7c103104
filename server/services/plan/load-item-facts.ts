import "server-only";

import { db } from "../../db/client";
import type { ItemStatus } from "../../db/generated/enums";
import type { ItemFacts } from "../../../shared/plan/item-facts";
import { requireScope, type MaybeViewer } from "../viewer";

/** Per roadmap, per item: the facts of items with history since their last reset (others are untouched). */
export type ItemFactsByRoadmap = Map<string, Map<string, ItemFacts>>;

/**
 * The viewer's item facts (shared/plan/item-facts.ts, which defines them by
 * folding the events) on several roadmaps, in one statement whatever their
 * size: each item's events are numbered in the order they happened, those up to
 * its last reset are dropped, and the rest aggregated. Items never touched, or
 * whose last change was back to NOT_STARTED, have no row. Signed out: nothing.
 */
export async function loadItemFacts(viewer: MaybeViewer, roadmapIds: readonly string[]): Promise<ItemFactsByRoadmap> {
  const byRoadmap: ItemFactsByRoadmap = new Map(roadmapIds.map((id) => [id, new Map()]));
  if (!viewer || roadmapIds.length === 0) return byRoadmap;
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  const rows = await db().$queryRaw<
    {
      roadmapId: string;
      itemId: string;
      status: ItemStatus;
      since: Date;
      startedAt: Date | null;
      lastDoneAt: Date | null;
      statusSince: Date;
    }[]
  >`
    WITH events AS (
      SELECT e."roadmapId", e."itemId", e."to", e."at",
        row_number() OVER (PARTITION BY e."itemId" ORDER BY e."at", e."id") AS n
      FROM "ProgressEvent" e
      WHERE e."userId" = ${userId} AND e."roadmapId" = ANY(${[...roadmapIds]}::text[])
    ),
    resets AS (
      SELECT "itemId", coalesce(max(n) FILTER (WHERE "to" = 'NOT_STARTED'), 0) AS "lastReset"
      FROM events GROUP BY 1
    )
    SELECT ev."roadmapId", ev."itemId",
      (array_agg(ev."to" ORDER BY ev.n DESC))[1] AS "status",
      min(ev."at") AS "since",
      min(ev."at") FILTER (WHERE ev."to" = 'IN_PROGRESS') AS "startedAt",
      max(ev."at") FILTER (WHERE ev."to" = 'DONE') AS "lastDoneAt",
      (array_agg(ev."at" ORDER BY ev.n DESC))[1] AS "statusSince"
    FROM events ev JOIN resets r ON r."itemId" = ev."itemId"
    WHERE ev.n > r."lastReset"
    GROUP BY 1, 2`;
  for (const row of rows) {
    byRoadmap.get(row.roadmapId)?.set(row.itemId, {
      status: row.status,
      since: row.since,
      startedAt: row.startedAt,
      finishedAt: row.status === "DONE" ? row.lastDoneAt : null,
      statusSince: row.statusSince,
    });
  }
  return byRoadmap;
}
