import "server-only";

import { z } from "zod";
import { ItemStatus } from "../../db/generated/enums";
import { NotFoundError } from "../../../shared/errors";
import { idSchema } from "../ids";
import { notFoundIfGone } from "../not-found-if-gone";
import { validate } from "../validate";
import { hasScope, requireScope, type MaybeViewer } from "../viewer";
import { db } from "../../db/client";
import { syncReviewCards } from "../review/sync-review-cards";
import { applyOneStatusChange } from "./apply-one-status-change";
import type { AppliedChange } from "./status-change";

export const setItemStatusInput = z.object({
  itemId: idSchema,
  status: z.enum(ItemStatus),
});

export interface SetItemStatusResult {
  itemId: string;
  roadmapId: string;
  /** The roadmap's content version, as the write read it. */
  contentVersion: number;
  status: ItemStatus;
  /** When the status was set; null when none is stored (NOT_STARTED, never changed). */
  updatedAt: Date | null;
  /** The change written, or null when the item already had this status. */
  change: AppliedChange | null;
  /**
   * Whether the viewer may be told the status and its time (READ_PROGRESS). A
   * token without it learns nothing back: for a status the item already had,
   * the time would be the old one, read without the scope.
   */
  mayReadBack: boolean;
}

/** Sets the viewer's status of one item. Repeating a status is a no-op, not an error. */
export async function setItemStatus(viewer: MaybeViewer, input: unknown): Promise<SetItemStatusResult> {
  const writer = requireScope(viewer, "WRITE_PROGRESS");
  const { itemId, status } = validate(setItemStatusInput, input);
  const written = await notFoundIfGone(`Item ${itemId}`, () => applyOneStatusChange(writer, itemId, status));
  if (!written) throw new NotFoundError(`Item ${itemId}`);
  const { change } = written;
  if (change && (change.from === "DONE" || change.to === "DONE")) {
    // Review follows: DONE enters it, leaving DONE leaves it (after the write, which it reads).
    // The roadmap may be deleted in between: then the item is gone, as for the write.
    await notFoundIfGone(`Item ${itemId}`, () =>
      syncReviewCards(db(), writer.userId, [
        { itemId, roadmapId: written.roadmapId, to: change.to, at: written.updatedAt },
      ]),
    );
  }
  return {
    itemId,
    roadmapId: written.roadmapId,
    contentVersion: written.contentVersion,
    status,
    updatedAt: written.updatedAt,
    change: written.change,
    mayReadBack: hasScope(writer, "READ_PROGRESS"),
  };
}
