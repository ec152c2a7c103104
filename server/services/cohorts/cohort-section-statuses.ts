import "server-only";

import { db } from "../../db/client";
import type { ItemStatus } from "../../db/generated/enums";
import { NEVER } from "../progress/status-change";

/**
 * Every member's statuses on the items of one section of the cohort's roadmap
 * (a mentor expanding a column of the matrix): per user, per item, statuses
 * other than NOT_STARTED. One statement by the section's items, limited to the
 * cohort's members, whatever their number. Callers authorize, and pass a section
 * of the cohort's roadmap.
 */
export async function cohortSectionStatuses(
  cohortId: string,
  roadmapId: string,
  itemIds: readonly string[],
): Promise<Map<string, Map<string, ItemStatus>>> {
  const byUser = new Map<string, Map<string, ItemStatus>>();
  if (itemIds.length === 0) return byUser;
  const rows = await db().$queryRaw<{ userId: string; itemId: string; status: ItemStatus }[]>`
    SELECT p."userId", p."itemId", p."status" FROM "Progress" p
    WHERE p."itemId" = ANY(${[...itemIds]}::text[]) AND p."roadmapId" = ${roadmapId}
      AND p."userId" IN (SELECT cm."userId" FROM "CohortMember" cm WHERE cm."cohortId" = ${cohortId})
      AND p."status" <> 'NOT_STARTED' AND p."updatedAt" > ${NEVER}`;
  for (const row of rows) {
    const ofUser = byUser.get(row.userId) ?? new Map<string, ItemStatus>();
    byUser.set(row.userId, ofUser);
    ofUser.set(row.itemId, row.status);
  }
  return byUser;
}
