import "server-only";

import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { ItemStatus } from "../../db/generated/enums";
import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import { requireScope, type ViewerWith } from "../viewer";
import { NEVER, type AppliedChange } from "./status-change";

export interface OneStatusChange {
  roadmapId: string;
  /** The version of the roadmap's content, read with the item (a reply can take the tree from a cache). */
  contentVersion: number;
  /** The change written, or null when the item already had this status. */
  change: AppliedChange | null;
  /** When the item's status, now the one asked for, was set; null when no status is stored (NOT_STARTED). */
  updatedAt: Date | null;
}

interface StatementResult {
  roadmapId: string;
  contentVersion: number;
  /** The row's status under our lock, or null when the statement saw no row. */
  locked: ItemStatus | null;
  lockedAt: Date | null;
  /** The status written, or null when nothing was. */
  written: ItemStatus | null;
  writtenAt: Date | null;
}

// A retry only follows a lost race to create the row, after which the row exists.
const MAX_ATTEMPTS = 3;

/**
 * Sets one learner's status of one live item in one autocommit statement (the
 * rules are in status-change.ts; the SQL's comments say how it keeps them).
 * Returns null when the item is unknown, retired, or on a roadmap the learner may not see.
 * The writer is a viewer checked for WRITE_PROGRESS (and checked again here).
 */
export async function applyOneStatusChange(
  writer: ViewerWith<"WRITE_PROGRESS">,
  itemId: string,
  status: ItemStatus,
): Promise<OneStatusChange | null> {
  const { userId } = requireScope(writer, "WRITE_PROGRESS");
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const [result] = await setStatusStatement(userId, itemId, status);
    if (!result) return null;
    const { roadmapId, contentVersion, locked, lockedAt, written, writtenAt } = result;
    if (written) {
      return {
        roadmapId,
        contentVersion,
        change: { itemId, from: locked ?? "NOT_STARTED", to: written },
        updatedAt: writtenAt,
      };
    }
    if (locked !== null || status === "NOT_STARTED") {
      // Unchanged: the row keeps its time, unless it is a placeholder (no status of the learner's yet).
      const updatedAt = lockedAt && lockedAt.getTime() > NEVER.getTime() ? lockedAt : null;
      return { roadmapId, contentVersion, change: null, updatedAt };
    }
    // Another request created the row after this statement's snapshot was taken,
    // so its status could not be read under a lock: nothing was written. The next
    // statement's snapshot sees the row (ON CONFLICT waited for its commit).
  }
  throw new Error(`setting ${itemId} for ${userId} lost ${MAX_ATTEMPTS} races to create its progress row`);
}

/*
 * How one statement keeps the rules under READ COMMITTED:
 * - `locked` takes the row lock first (the INSERT reads it, so it runs before).
 *   When another writer holds the lock, FOR UPDATE waits, then returns the row's
 *   newest committed version, not the one in this statement's snapshot; from
 *   there until commit nobody else can change it. That status is the event's
 *   `from`.
 * - The upsert's ON CONFLICT branch re-reads the newest version of the row under
 *   its own lock, never the snapshot's, and updates it only when the status
 *   differs and it is the row `locked` holds. A row created by another request
 *   after the snapshot is invisible to `locked`; then nothing is written and the
 *   caller tries again.
 * - clock_timestamp(), not now() (the statement's start), times the change:
 *   evaluated in ON CONFLICT's SET it is read once the lock is held. A new row
 *   waited for no lock. Prisma keeps DateTime as UTC in timestamp columns.
 * - NOT_STARTED on an item without a row changes nothing and writes no row.
 * - The row's `since` (when the item was taken up) is kept by the table's
 *   trigger. The learner's tally of the item's section (ProgressTally) moves by
 *   the change when a row was updated (`locked` held it); a new row is counted
 *   by the table's insert trigger (see the migration progress_tallies). For an
 *   item claiming a skill, the row's trigger moves it instead (`marked` names the
 *   section in waymark.skill_click_tally), in one upsert with the tallies of the
 *   items that follow the skill, in section order and last (migration
 *   skill_click_cost): two clicks never hold one tally row each while waiting for
 *   the other's, and tally rows, which every click of the learner's in the
 *   section moves, stay locked only until the commit.
 * - An item of a private roadmap of someone else is no item at all (see roadmap-access.ts).
 * - `marked` marks the statement as a click (waymark.skill_click, for this transaction only):
 *   at its end, the row's trigger (migrations skill_sync, skill_click_cost) brings the item's
 *   skill in line on every roadmap the learner follows and, for the learner's first row on the
 *   roadmap, the learner's skills to it, in this same statement and transaction. `written`
 *   reads `marked`, so the mark is set before the row is written (the trigger's WHEN clause
 *   reads it then).
 * - `skill_lock` takes the learner's lock on the item's skill (the one skill_sync takes)
 *   before the row's lock (`locked` reads it first): every writer takes skill locks before
 *   row locks, so a click and another learner's-own writer of the same skill queue instead
 *   of deadlocking (this click's sync will lock the skill's other rows while holding its own).
 */
function setStatusStatement(userId: string, itemId: string, status: ItemStatus) {
  return db().$queryRaw<StatementResult[]>(setStatusSql(userId, itemId, status));
}

/** The statement itself (`npm run bench:skill-click` also runs it as a prepared statement). */
export function setStatusSql(userId: string, itemId: string, status: ItemStatus): Prisma.Sql {
  return Prisma.sql`
    WITH item AS (
      SELECT i."id", i."roadmapId", i."sectionId", i."skill", r."contentVersion" FROM "Item" i
      JOIN "Section" s ON s."id" = i."sectionId"
      JOIN "Roadmap" r ON r."id" = i."roadmapId"
      WHERE i."id" = ${itemId} AND ${LIVE_ITEM_SQL}
        AND (r."visibility" <> 'PRIVATE' OR r."ownerId" = ${userId})
    ),
    marked AS MATERIALIZED (
      SELECT set_config('waymark.skill_click', ${userId}, true) AS "by",
        set_config('waymark.skill_click_tally',
          COALESCE((SELECT item."sectionId" FROM item WHERE item."skill" IS NOT NULL), ''), true) AS "tally"
    ),
    skill_lock AS MATERIALIZED (
      SELECT pg_advisory_xact_lock(hashtextextended('skill ' || ${userId} || ' ' || item."skill", 0))
      FROM item WHERE item."skill" IS NOT NULL
    ),
    locked AS MATERIALIZED (
      SELECT p."id", p."status", p."updatedAt" FROM "Progress" p
      WHERE p."userId" = ${userId} AND p."itemId" = ${itemId} AND (SELECT count(*) FROM skill_lock) >= 0
      FOR UPDATE
    ),
    written AS (
      INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt")
      SELECT gen_random_uuid()::text, ${userId}, item."id", item."roadmapId", ${status}::"ItemStatus",
        clock_timestamp() AT TIME ZONE 'UTC'
      FROM marked CROSS JOIN item LEFT JOIN locked ON true
      WHERE locked."id" IS NOT NULL OR ${status}::"ItemStatus" <> 'NOT_STARTED'
      ON CONFLICT ("userId", "itemId") DO UPDATE
        SET "status" = excluded."status", "updatedAt" = clock_timestamp() AT TIME ZONE 'UTC'
        WHERE "Progress"."status" <> excluded."status" AND "Progress"."id" = (SELECT "id" FROM locked)
      RETURNING "status", "updatedAt"
    ),
    event AS (
      INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at")
      SELECT ${userId}, item."id", item."roadmapId", COALESCE(locked."status", 'NOT_STARTED'), written."status",
        written."updatedAt"
      FROM written CROSS JOIN item LEFT JOIN locked ON true
    ),
    tallied AS (
      INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
      SELECT ${userId}, item."sectionId", item."roadmapId",
        (written."status" = 'DONE')::int - (locked."status" = 'DONE')::int,
        (written."status" = 'IN_PROGRESS')::int - (locked."status" = 'IN_PROGRESS')::int,
        (written."status" = 'SKIPPED')::int - (locked."status" = 'SKIPPED')::int
      FROM written CROSS JOIN item JOIN locked ON true
      WHERE item."skill" IS NULL
      ON CONFLICT ("userId", "sectionId") DO UPDATE SET
        "done" = "ProgressTally"."done" + excluded."done",
        "inProgress" = "ProgressTally"."inProgress" + excluded."inProgress",
        "skipped" = "ProgressTally"."skipped" + excluded."skipped"
    )
    SELECT item."roadmapId", item."contentVersion", locked."status" AS "locked",
      locked."updatedAt" AS "lockedAt", written."status" AS "written", written."updatedAt" AS "writtenAt"
    FROM marked CROSS JOIN item LEFT JOIN locked ON true LEFT JOIN written ON true`;
}
