import "server-only";

import { db } from "../../db/client";
import { requireSession, type MaybeViewer } from "../viewer";

/** Revokes the viewer's calendar subscription: its URLs answer 404 from now on. True when there was one. */
export async function revokeCalendarFeed(viewer: MaybeViewer): Promise<boolean> {
  const { userId } = requireSession(viewer);
  const { count } = await db().calendarFeed.deleteMany({ where: { userId } });
  return count > 0;
}
