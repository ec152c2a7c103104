import "server-only";

import { db } from "../../db/client";
import type { ReviewCardState } from "../../../shared/review/review-card";
import { requireScope, type MaybeViewer } from "../viewer";
import { cardOfRow, REVIEW_CARD_COLUMNS, type ReviewCardRow } from "./review-card-row";

/**
 * The viewer's review cards of some items (null for an item not in review), in
 * one statement: Item.review's loader. Needs READ_PROGRESS; signed out, none.
 */
export async function loadReviewCards(
  viewer: MaybeViewer,
  itemIds: readonly string[],
): Promise<(ReviewCardState | null)[]> {
  if (!viewer) return itemIds.map(() => null);
  const reader = requireScope(viewer, "READ_PROGRESS");
  const rows = await db().$queryRaw<ReviewCardRow[]>`
    SELECT ${REVIEW_CARD_COLUMNS} FROM "ReviewCard" rc
    WHERE rc."userId" = ${reader.userId} AND rc."itemId" = ANY(${[...itemIds]}::text[])`;
  const byItem = new Map(rows.map((row) => [row.itemId, cardOfRow(row)]));
  return itemIds.map((id) => byItem.get(id) ?? null);
}
