import type { Prisma } from "../../db/generated/client";
import type { ItemStatus } from "../../db/generated/enums";

type Tx = Prisma.TransactionClient;

export interface StatusChange {
  itemId: string;
  roadmapId: string;
  status: ItemStatus;
  /** When the learner made the change: a guest's recorded time, or (absent) the moment the row lock is held. */
  at?: Date;
}

export interface AppliedChange {
  itemId: string;
  from: ItemStatus;
  to: ItemStatus;
}

/** A never-touched item: the placeholder row's time loses against any real change. */
const NEVER = new Date(0);

/**
 * The only code that writes Progress. Safe under any concurrency: rows are created
 * with INSERT .. ON CONFLICT DO NOTHING, then locked (in item order, so concurrent
 * batches cannot deadlock) before being compared and changed. A change to the
 * status an item already has writes nothing; every real change appends one
 * ProgressEvent. With `onlyIfNewer`, a change older than the stored one is
 * dropped (merging a guest's progress: the newer change wins).
 */
export async function applyStatusChanges(
  tx: Tx,
  userId: string,
  changes: StatusChange[],
  { onlyIfNewer = false } = {},
): Promise<AppliedChange[]> {
  if (changes.length === 0) return [];
  const itemIds = [...new Set(changes.map((change) => change.itemId))].sort();
  // Inserted in item order too: two batches for one learner (a guest merge from
  // two devices) then take the unique index's locks in the same order.
  const byItem = [...changes].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  await tx.progress.createMany({
    data: byItem.map((change) => ({
      userId,
      itemId: change.itemId,
      roadmapId: change.roadmapId,
      status: "NOT_STARTED" as const,
      updatedAt: NEVER,
    })),
    skipDuplicates: true,
  });
  const rows = await tx.$queryRaw<{ id: string; itemId: string; status: ItemStatus; updatedAt: Date }[]>`
    SELECT "id", "itemId", "status", "updatedAt" FROM "Progress"
    WHERE "userId" = ${userId} AND "itemId" = ANY(${itemIds})
    ORDER BY "itemId"
    FOR UPDATE`;
  const current = new Map(rows.map((row) => [row.itemId, row]));
  // Taken after the lock, so times never run backwards under contention.
  const now = new Date();

  const applied: (AppliedChange & { rowId: string; roadmapId: string; at: Date })[] = [];
  for (const change of changes) {
    const row = current.get(change.itemId)!;
    const at = change.at ?? now;
    if (row.status === change.status) continue;
    if (onlyIfNewer && row.updatedAt.getTime() >= at.getTime()) continue;
    applied.push({
      itemId: change.itemId,
      from: row.status,
      to: change.status,
      rowId: row.id,
      roadmapId: change.roadmapId,
      at,
    });
    // Later changes to the same item in this batch compare against this one.
    current.set(change.itemId, { ...row, status: change.status, updatedAt: at });
  }
  if (applied.length === 0) return [];

  // One UPDATE per distinct (status, time): a reset of a whole roadmap is one statement.
  const finalByRow = new Map(applied.map((change) => [change.rowId, change]));
  const groups = new Map<string, { status: ItemStatus; at: Date; rowIds: string[] }>();
  for (const change of finalByRow.values()) {
    const key = `${change.to}@${change.at.getTime()}`;
    const group = groups.get(key) ?? { status: change.to, at: change.at, rowIds: [] };
    group.rowIds.push(change.rowId);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    await tx.progress.updateMany({
      where: { id: { in: group.rowIds } },
      data: { status: group.status, updatedAt: group.at },
    });
  }
  await tx.progressEvent.createMany({
    data: applied.map((change) => ({
      userId,
      itemId: change.itemId,
      roadmapId: change.roadmapId,
      from: change.from,
      to: change.to,
      at: change.at,
    })),
  });
  return applied.map(({ itemId, from, to }) => ({ itemId, from, to }));
}
