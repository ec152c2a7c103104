import type { Db } from "../../server/db/client";
import type { ItemStatus } from "../../server/db/generated/enums";

/** Noon UTC, `days` days ago. */
export function daysAgo(days: number): Date {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() - days);
  at.setUTCHours(12, 0, 0, 0);
  return at;
}

/**
 * A learner's past, written as the app would have (a row per item and its
 * events): each entry finishes one item `daysAgo` days ago, after `startedDaysBefore`
 * days in progress when given.
 */
export async function seedHistory(
  db: Db,
  userId: string,
  roadmapId: string,
  entries: { itemId: string; daysAgo: number; to?: ItemStatus; startedDaysBefore?: number }[],
): Promise<void> {
  for (const entry of entries) {
    const to = entry.to ?? "DONE";
    const events: { from: ItemStatus; to: ItemStatus; at: Date }[] = [];
    if (entry.startedDaysBefore) {
      events.push({ from: "NOT_STARTED", to: "IN_PROGRESS", at: daysAgo(entry.daysAgo + entry.startedDaysBefore) });
    }
    events.push({ from: events.length > 0 ? "IN_PROGRESS" : "NOT_STARTED", to, at: daysAgo(entry.daysAgo) });
    await db.progress.create({
      data: {
        userId,
        itemId: entry.itemId,
        roadmapId,
        status: to,
        updatedAt: daysAgo(entry.daysAgo),
        since: events[0]!.at,
      },
    });
    await db.progressEvent.createMany({
      data: events.map((event) => ({ userId, itemId: entry.itemId, roadmapId, ...event })),
    });
  }
}

/** About two items a week over the last six weeks, some started days before: enough for a forecast. */
export function steadyPace(itemIds: string[]): { itemId: string; daysAgo: number; startedDaysBefore?: number }[] {
  return itemIds.map((itemId, index) => ({
    itemId,
    daysAgo: 42 - index * 3,
    startedDaysBefore: index % 3 === 0 ? 2 : undefined,
  }));
}
