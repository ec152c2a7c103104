import "server-only";

import { db } from "../../db/client";
import { requireViewer, type MaybeViewer } from "../viewer";

/** When the viewer's calendar subscription secret was made, or null when there is none. */
export async function calendarFeedCreatedAt(viewer: MaybeViewer): Promise<Date | null> {
  const { userId } = requireViewer(viewer);
  const feed = await db().calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
  return feed?.createdAt ?? null;
}
