import "server-only";

import type { Prisma } from "../../db/generated/client";
import { NotFoundError } from "../../shared/errors";
import { LIVE_ITEM } from "./live-item";

/** The item a learner acts on; retired or unknown items are NOT_FOUND. */
export async function getLiveItemOrThrow(tx: Prisma.TransactionClient, itemId: string) {
  const item = await tx.item.findFirst({
    where: { id: itemId, ...LIVE_ITEM },
    select: { id: true, roadmapId: true },
  });
  if (!item) throw new NotFoundError(`Item ${itemId}`);
  return item;
}
