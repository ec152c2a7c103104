import "server-only";

import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { ItemStatus } from "../../db/generated/enums";
import type { ItemFacts } from "../../../shared/plan/item-facts";

export interface ItemFactsRow extends ItemFacts {
  userId: string;
  roadmapId: string;
  itemId: string;
}

/**
 * Item facts (shared/plan/item-facts.ts, which defines them by folding the
 * events) of the learners `users` selects (an SQL condition on `e."userId"`) on
 * several roadmaps, in one statement whatever their number and size: each
 * learner's events on an item are numbered in the order they happened, those up
 * to the last reset are dropped, and the rest aggregated. Items never touched,
 * or whose last change was back to NOT_STARTED, have no row. Callers authorize.
 */
export async function itemFactsRows(users: Prisma.Sql, roadmapIds: readonly string[]): Promise<ItemFactsRow[]> {
  const rows = await db().$queryRaw<
    {
      userId: string;
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
      SELECT e."userId", e."roadmapId", e."itemId", e."to", e."at",
        row_number() OVER (PARTITION BY e."userId", e."itemId" ORDER BY e."at", e."id") AS n
      FROM "ProgressEvent" e
      WHERE ${users} AND e."roadmapId" = ANY(${[...roadmapIds]}::text[])
    ),
    resets AS (
      SELECT "userId", "itemId", coalesce(max(n) FILTER (WHERE "to" = 'NOT_STARTED'), 0) AS "lastReset"
      FROM events GROUP BY 1, 2
    )
    SELECT ev."userId", ev."roadmapId", ev."itemId",
      (array_agg(ev."to" ORDER BY ev.n DESC))[1] AS "status",
      min(ev."at") AS "since",
      min(ev."at") FILTER (WHERE ev."to" = 'IN_PROGRESS') AS "startedAt",
      max(ev."at") FILTER (WHERE ev."to" = 'DONE') AS "lastDoneAt",
      (array_agg(ev."at" ORDER BY ev.n DESC))[1] AS "statusSince"
    FROM events ev JOIN resets r ON r."userId" = ev."userId" AND r."itemId" = ev."itemId"
    WHERE ev.n > r."lastReset"
    GROUP BY 1, 2, 3`;
  return rows.map((row) => ({
    userId: row.userId,
    roadmapId: row.roadmapId,
    itemId: row.itemId,
    status: row.status,
    since: row.since,
    startedAt: row.startedAt,
    finishedAt: row.status === "DONE" ? row.lastDoneAt : null,
    statusSince: row.statusSince,
  }));
}

/** The facts alone, without whose and where. */
export function factsOf(row: ItemFactsRow): ItemFacts {
  return {
    status: row.status,
    since: row.since,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    statusSince: row.statusSince,
  };
}
