import "server-only";

import type { Prisma } from "../../../db/generated/client";
import { NotFoundError } from "../../../../shared/errors";
import type { MaybeViewer } from "../../viewer";
import { LIVE_ITEM } from "./live-item";
import { visibleRoadmapWhere } from "../visibility/roadmap-access";

/** The item a learner acts on; retired or unknown items, and items of roadmaps they may not see, are NOT_FOUND. */
export async function getLiveItemOrThrow(tx: Prisma.TransactionClient, viewer: MaybeViewer, itemId: string) {
  const item = await tx.item.findFirst({
    where: { id: itemId, ...LIVE_ITEM, roadmap: visibleRoadmapWhere(viewer) },
    select: { id: true, roadmapId: true },
  });
  if (!item) throw new NotFoundError(`Item ${itemId}`);
  return item;
}
