import { z } from "zod";
import { db } from "../../db/client";
import { ItemStatus } from "../../db/generated/enums";
import { idSchema } from "../ids";
import { validate } from "../validate";
import { requireScope, type MaybeViewer } from "../viewer";
import { applyStatusChanges } from "./apply-status-changes";
import type { AppliedChange } from "./status-change";
import { findLiveItem } from "./find-live-item";

export const setItemStatusInput = z.object({
  itemId: idSchema,
  status: z.enum(ItemStatus),
});

export interface SetItemStatusResult {
  itemId: string;
  roadmapId: string;
  status: ItemStatus;
  /** The change written, or null when the item already had this status. */
  change: AppliedChange | null;
}

/** Sets the viewer's status of one item. Repeating a status is a no-op, not an error. */
export async function setItemStatus(viewer: MaybeViewer, input: unknown): Promise<SetItemStatusResult> {
  const { userId } = requireScope(viewer, "WRITE_PROGRESS");
  const { itemId, status } = validate(setItemStatusInput, input);
  return db().$transaction(
    async (tx) => {
      const item = await findLiveItem(tx, itemId);
      const [change] = await applyStatusChanges(tx, userId, [{ itemId, roadmapId: item.roadmapId, status }]);
      return { itemId, roadmapId: item.roadmapId, status, change: change ?? null };
      // Bursts of writes on one item queue on its row lock; give them room to wait.
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}
