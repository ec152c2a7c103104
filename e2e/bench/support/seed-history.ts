import type { Db } from "../../../server/db/client";

const STATUSES = ["IN_PROGRESS", "DONE", "SKIPPED", "NOT_STARTED"] as const;

/**
 * Gives a learner a long history on a roadmap: `events` status changes spread
 * over the last year, cycling through its items, with progress rows matching the
 * last change of each item (as the app's writer would have left them).
 */
export async function seedHistory(db: Db, login: string, roadmapSlug: string, events: number): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { login }, select: { id: true } });
  const roadmap = await db.roadmap.findUniqueOrThrow({ where: { slug: roadmapSlug }, select: { id: true } });
  const items = await db.item.findMany({ where: { roadmapId: roadmap.id, retiredAt: null }, select: { id: true } });
  const now = Date.now();
  const yearMs = 365 * 86_400_000;
  const current = new Map<string, (typeof STATUSES)[number] | "NOT_STARTED">();
  const rows = Array.from({ length: events }, (_, index) => {
    const itemId = items[index % items.length]!.id;
    const from = current.get(itemId) ?? "NOT_STARTED";
    const to = STATUSES[Math.floor(index / items.length) % STATUSES.length]!;
    const next = to === from ? (to === "DONE" ? "SKIPPED" : "DONE") : to;
    current.set(itemId, next);
    return {
      userId: user.id,
      itemId,
      roadmapId: roadmap.id,
      from,
      to: next,
      at: new Date(now - yearMs + (index * yearMs) / events),
    };
  });
  for (let start = 0; start < rows.length; start += 2000) {
    await db.progressEvent.createMany({ data: rows.slice(start, start + 2000) });
  }
  await db.progress.createMany({
    data: [...current].map(([itemId, status]) => ({
      userId: user.id,
      itemId,
      roadmapId: roadmap.id,
      status,
      updatedAt: new Date(now),
    })),
    skipDuplicates: true,
  });
  // A table that grew this much would have been analysed by autovacuum long
  // since; without statistics the planner takes 10,000 events for one row and
  // picks nested loops that cost five times as much.
  await db.$executeRawUnsafe(`ANALYZE "ProgressEvent", "Progress"`);
}
