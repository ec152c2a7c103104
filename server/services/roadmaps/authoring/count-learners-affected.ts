import "server-only";

import type { Prisma } from "../../../db/generated/client";

/**
 * How many learners have something on each of these items (a status other
 * than NOT_STARTED, or a note), and how many distinct learners in all: what a
 * preview shows next to the changes a save would make. One statement.
 * `leaveOut`: a learner not counted (the viewer, when their token may not read
 * their own progress: on their private roadmap the counts would be exactly it).
 */
export async function countLearnersAffected(
  tx: Prisma.TransactionClient,
  itemIds: readonly string[],
  { leaveOut = null }: { leaveOut?: string | null } = {},
): Promise<{ byItem: Map<string, number>; total: number }> {
  if (itemIds.length === 0) return { byItem: new Map(), total: 0 };
  const ids = [...new Set(itemIds)];
  // No user id is empty: "" leaves no one out.
  const unseen = leaveOut ?? "";
  const rows = await tx.$queryRaw<{ itemId: string | null; learners: number }[]>`
    WITH touched AS (
      SELECT "itemId", "userId" FROM "Progress" WHERE "itemId" = ANY(${ids}::text[]) AND "status" <> 'NOT_STARTED'
      UNION
      SELECT "itemId", "userId" FROM "Note" WHERE "itemId" = ANY(${ids}::text[])
    )
    SELECT "itemId", count(DISTINCT "userId")::int AS "learners" FROM touched WHERE "userId" <> ${unseen}
    GROUP BY GROUPING SETS (("itemId"), ())`;
  const byItem = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (row.itemId === null) total = row.learners;
    else byItem.set(row.itemId, row.learners);
  }
  return { byItem, total };
}
