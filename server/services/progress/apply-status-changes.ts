import "server-only";

import { databaseTimeouts } from "../../db/database-pool";
import type { Prisma } from "../../db/generated/client";
import type { ItemStatus, ProgressEventKind } from "../../db/generated/enums";
import { requireScope, type ViewerWith } from "../viewer";
import { foldStatusChanges, type FoldedChange, type StoredStatus } from "./fold-status-changes";
import { NEVER, type AppliedChange, type StatusChange } from "./status-change";
import { syncReviewCards } from "../review/sync-review-cards";
import { syncSkillsOfItems } from "../skills/sync-skills";

type Tx = Prisma.TransactionClient;

/**
 * The transaction options for a batch. One at its limit (a 5,000-entry guest
 * merge) takes about a second on either database, so the transaction budget
 * (DATABASE_TRANSACTION_TIMEOUT_MS, 15 s by default) leaves plenty; it may also
 * wait that long to start, queueing behind several such batches for the embedded
 * database's single connection instead of failing with "Unable to start a
 * transaction in the given time".
 */
export function batchTransaction(): { maxWait: number; timeout: number } {
  const { transactionMs } = databaseTimeouts();
  return { maxWait: transactionMs, timeout: transactionMs };
}

/**
 * Writes a batch of status changes, following the rules in status-change.ts, in
 * three statements whatever the batch's size (a 5,000-entry guest merge must fit
 * a transaction budget of seconds): create the missing rows, lock them all in
 * item order and read them, then, after deciding in memory which changes are
 * real, update the rows and append the events in one statement. With
 * `onlyIfNewer`, a change older than the stored one is dropped (merging a
 * guest's progress: the newer change wins). The input may repeat an item: its
 * changes apply in the order given, each against what the previous one left.
 * The writer is a viewer checked for WRITE_PROGRESS (checked again here, inside
 * the caller's transaction: a path that got here without it writes nothing).
 * `kind` marks the events: RESET for "Reset progress", which is history but not
 * study (activity and streaks leave it out).
 */
export async function applyStatusChanges(
  tx: Tx,
  writer: ViewerWith<"WRITE_PROGRESS">,
  changes: StatusChange[],
  { onlyIfNewer = false, kind = "CHANGE" }: { onlyIfNewer?: boolean; kind?: ProgressEventKind } = {},
): Promise<AppliedChange[]> {
  const { userId } = requireScope(writer, "WRITE_PROGRESS");
  if (changes.length === 0) return [];
  const stored = await lockRows(tx, userId, changes);
  const applied = foldStatusChanges(stored, changes, { onlyIfNewer });
  if (applied.length > 0) await writeApplied(tx, userId, applied, kind);
  // Skills follow the items just written (the most recent status wins), and the roadmaps of
  // the batch receive the learner's skills (lockRows may have given them their first row there).
  await syncSkillsOfItems(tx, userId, {
    written: [...new Set(applied.map((change) => change.itemId))],
    touched: [...stored.keys()],
  });
  // Review follows the statuses just written: DONE enters it, leaving DONE leaves it.
  await syncReviewCards(tx, userId, applied);
  return applied.map(({ itemId, from, to }) => ({ itemId, from, to }));
}

/**
 * Creates a row (NOT_STARTED at NEVER) for each item that has none, then locks
 * every row of the batch. Rows are created first so that two batches writing the
 * same new item queue on its row instead of both creating it. Both statements
 * work in item order, so two batches of one learner (a guest merge from two
 * devices) take the unique index's and the rows' locks in the same order.
 */
async function lockRows(tx: Tx, userId: string, changes: StatusChange[]): Promise<Map<string, StoredStatus>> {
  const roadmapOf = new Map(changes.map((change) => [change.itemId, change.roadmapId]));
  const itemIds = [...roadmapOf.keys()];
  // The learner's locks on the items' skills first, in name order, as skill_sync and a click take
  // them: skill locks before row locks, so this batch and a click of the same skill queue.
  await tx.$queryRaw`
    SELECT pg_advisory_xact_lock(hashtextextended('skill ' || ${userId} || ' ' || s."skill", 0))::text
    FROM (SELECT DISTINCT i."skill" FROM "Item" i WHERE i."id" = ANY(${itemIds}::text[]) AND i."skill" IS NOT NULL
          ORDER BY 1) s`;
  await tx.$executeRaw`
    INSERT INTO "Progress" ("id", "userId", "itemId", "roadmapId", "status", "updatedAt")
    SELECT gen_random_uuid()::text, ${userId}, c."itemId", c."roadmapId", 'NOT_STARTED',
      ${NEVER.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    FROM unnest(${itemIds}::text[], ${[...roadmapOf.values()]}::text[]) AS c("itemId", "roadmapId")
    ORDER BY c."itemId"
    ON CONFLICT ("userId", "itemId") DO NOTHING`;
  // ORDER BY sorts before FOR UPDATE locks, so rows are locked in item order.
  const rows = await tx.$queryRaw<{ itemId: string; status: ItemStatus; updatedAt: Date }[]>`
    SELECT "itemId", "status", "updatedAt" FROM "Progress"
    WHERE "userId" = ${userId} AND "itemId" = ANY(${itemIds}::text[])
    ORDER BY "itemId"
    FOR UPDATE`;
  return new Map(rows.map(({ itemId, status, updatedAt }) => [itemId, { status, updatedAt }]));
}

/**
 * One statement: each row takes its item's last change, and every change
 * becomes an event in the order applied. Changes without a time of their own
 * share one reading of the database clock, taken now that every lock is held.
 * The row's `since` is the time of the batch's last change from NOT_STARTED (the
 * item taken up again); otherwise the table's trigger keeps it. The learner's
 * tallies per section (ProgressTally) move by each item's status before and after
 * the batch, in (section) order; see the migration progress_tallies.
 */
async function writeApplied(tx: Tx, userId: string, applied: FoldedChange[], kind: ProgressEventKind): Promise<void> {
  const column = <K extends keyof FoldedChange>(key: K) => applied.map((change) => change[key]);
  const times = applied.map((change) => change.at?.toISOString() ?? null);
  await tx.$executeRaw`
    WITH clock AS MATERIALIZED (SELECT clock_timestamp() AT TIME ZONE 'UTC' AS "now"),
    applied AS MATERIALIZED (
      SELECT a."itemId", a."roadmapId", a."from"::"ItemStatus" AS "from", a."to"::"ItemStatus" AS "to",
        COALESCE(a."at"::timestamptz AT TIME ZONE 'UTC', clock."now") AS "at", a."position"
      FROM unnest(
        ${column("itemId")}::text[], ${column("roadmapId")}::text[], ${column("from")}::text[],
        ${column("to")}::text[], ${times}::text[]
      ) WITH ORDINALITY AS a("itemId", "roadmapId", "from", "to", "at", "position")
      CROSS JOIN clock
    ),
    taken AS (
      SELECT DISTINCT ON ("itemId") "itemId", "at" FROM applied WHERE "from" = 'NOT_STARTED'
      ORDER BY "itemId", "position" DESC
    ),
    -- Per item: its status before the batch (the first change's from) and after (the last's to).
    last AS MATERIALIZED (
      SELECT DISTINCT ON (a."itemId") a.*, t."at" AS "takenAt",
        first_value(a."from") OVER (PARTITION BY a."itemId" ORDER BY a."position") AS "before"
      FROM applied a LEFT JOIN taken t ON t."itemId" = a."itemId"
      ORDER BY a."itemId", a."position" DESC
    ),
    updated AS (
      UPDATE "Progress" p SET "status" = last."to", "updatedAt" = last."at",
        "since" = COALESCE(last."takenAt", p."since")
      FROM last
      WHERE p."userId" = ${userId} AND p."itemId" = last."itemId"
    ),
    tallied AS (
      INSERT INTO "ProgressTally" ("userId", "sectionId", "roadmapId", "done", "inProgress", "skipped")
      SELECT ${userId}, i."sectionId", i."roadmapId",
        sum((last."to" = 'DONE')::int - (last."before" = 'DONE')::int),
        sum((last."to" = 'IN_PROGRESS')::int - (last."before" = 'IN_PROGRESS')::int),
        sum((last."to" = 'SKIPPED')::int - (last."before" = 'SKIPPED')::int)
      FROM last JOIN "Item" i ON i."id" = last."itemId"
      WHERE last."to" <> last."before"
      GROUP BY 2, 3
      ORDER BY 2
      ON CONFLICT ("userId", "sectionId") DO UPDATE SET
        "done" = "ProgressTally"."done" + excluded."done",
        "inProgress" = "ProgressTally"."inProgress" + excluded."inProgress",
        "skipped" = "ProgressTally"."skipped" + excluded."skipped"
    )
    INSERT INTO "ProgressEvent" ("userId", "itemId", "roadmapId", "from", "to", "at", "kind")
    SELECT ${userId}, "itemId", "roadmapId", "from", "to", "at", ${kind}::"ProgressEventKind"
    FROM applied ORDER BY "position"`;
}
