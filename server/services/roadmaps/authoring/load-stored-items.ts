import "server-only";

import type { Prisma } from "../../../db/generated/client";
import type { CurrentItem } from "./diff-roadmap";

/** An item row as stored, retired ones included, with its section's and parent's keys. */
export interface StoredItem extends CurrentItem {
  sectionId: string;
  parentId: string | null;
  /** The skill it claims, or null. */
  skill: string | null;
  retired: boolean;
  /** Neither it, nor its section, nor its parent was retired: learners see it. */
  live: boolean;
}

/**
 * Every item of a roadmap, in one statement: what a save compares the draft
 * with (the live ones, for its preview) and writes against (all of them: a key
 * that comes back revives its retired row, with its history).
 */
export async function loadStoredItems(tx: Prisma.TransactionClient, roadmapId: string): Promise<StoredItem[]> {
  const rows = await tx.$queryRaw<
    (Omit<StoredItem, "live"> & { sectionRetired: boolean; parentRetired: boolean | null })[]
  >`
    SELECT i."id", i."key", i."title", i."position", i."sectionId", i."parentId", i."skill",
      i."retiredAt" IS NOT NULL AS "retired", s."key" AS "sectionKey", s."retiredAt" IS NOT NULL AS "sectionRetired",
      p."key" AS "parentKey", p."retiredAt" IS NOT NULL AS "parentRetired"
    FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" LEFT JOIN "Item" p ON p."id" = i."parentId"
    WHERE i."roadmapId" = ${roadmapId}`;
  return rows.map(({ sectionRetired, parentRetired, ...row }) => ({
    ...row,
    // An item under a retired parent is hidden with it (see roadmap-rows.ts).
    live: !row.retired && !sectionRetired && parentRetired !== true,
  }));
}
