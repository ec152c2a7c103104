import "server-only";

import { db } from "../../db/client";
import { hashTokenSecret } from "../tokens/token-secret";
import { requireSession, type MaybeViewer } from "../viewer";
import { newCalendarSecret } from "./calendar-feed-secret";

/**
 * Creates the viewer's calendar subscription secret, replacing any earlier one
 * (whose URLs stop working). Returned this once; only its hash is stored. Needs
 * a browser session, like access tokens.
 */
export async function createCalendarFeed(viewer: MaybeViewer): Promise<{ secret: string; createdAt: Date }> {
  const { userId } = requireSession(viewer);
  const secret = newCalendarSecret();
  const tokenHash = hashTokenSecret(secret);
  const createdAt = new Date();
  await db().calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash, createdAt },
    update: { tokenHash, createdAt },
  });
  return { secret, createdAt };
}
