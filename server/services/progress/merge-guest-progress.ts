import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { ItemStatus } from "../../db/generated/enums";
import { idSchema } from "../ids";
import { isMissingReference, notFoundIfGone } from "../not-found-if-gone";
import { runAgainWhen } from "../retry-on-deadlock";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { applyStatusChanges, batchTransaction } from "./apply-status-changes";
import { LIVE_ITEM } from "../roadmaps/content/live-item";
import { visibleRoadmapWhere } from "../roadmaps/visibility/roadmap-access";

const MAX_ENTRIES = 5000;

export const mergeGuestProgressInput = z.object({
  entries: z
    .array(
      z.object({
        itemId: idSchema,
        status: z.enum(ItemStatus),
        updatedAt: z.coerce.date(),
      }),
    )
    .max(MAX_ENTRIES),
});

/**
 * Folds what a visitor ticked before signing in into their account: per item the
 * newer change wins, each applied change is recorded in the history at the time
 * the guest made it (never in the future). Unknown or retired items, and items
 * of roadmaps the learner may not see, are ignored: a stale browser must not
 * make sign-in fail.
 */
export async function mergeGuestProgress(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ merged: number; ignored: number }> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { entries } = validate(mergeGuestProgressInput, input);
  if (entries.length === 0) return { merged: 0, ignored: 0 };
  const now = Date.now();
  const merge = () =>
    db().$transaction(async (tx) => {
      const items = await tx.item.findMany({
        where: { id: { in: entries.map((entry) => entry.itemId) }, ...LIVE_ITEM, roadmap: visibleRoadmapWhere(viewer) },
        select: { id: true, roadmapId: true },
      });
      const roadmapOf = new Map(items.map((item) => [item.id, item.roadmapId]));
      const changes = entries
        .filter((entry) => roadmapOf.has(entry.itemId))
        .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())
        .map((entry) => ({
          itemId: entry.itemId,
          roadmapId: roadmapOf.get(entry.itemId)!,
          status: entry.status,
          at: new Date(Math.min(entry.updatedAt.getTime(), now)),
        }));
      const applied = await applyStatusChanges(tx, writer, changes, { onlyIfNewer: true });
      return { merged: applied.length, ignored: entries.length - changes.length };
    }, batchTransaction());
  // An item deleted with its roadmap between the read and the write fails the write
  // on its foreign key: the merge runs again, reads it as gone and ignores its
  // entry like any stale one. Only a roadmap deleted under every attempt fails it.
  return notFoundIfGone("An item of this merge", () => runAgainWhen(isMissingReference, merge));
}
