import "server-only";

import { Prisma } from "../../db/generated/client";
import type { ItemFacts } from "../../../shared/plan/item-facts";
import { requireScope, type MaybeViewer } from "../viewer";
import { factsOf, itemFactsRows } from "./item-facts-rows";

/** Per roadmap, per item: the facts of items with history since their last reset (others are untouched). */
export type ItemFactsByRoadmap = Map<string, Map<string, ItemFacts>>;

/**
 * The viewer's item facts on several roadmaps, in one statement whatever their
 * size (item-facts-rows.ts). Signed out: nothing.
 */
export async function loadItemFacts(viewer: MaybeViewer, roadmapIds: readonly string[]): Promise<ItemFactsByRoadmap> {
  const byRoadmap: ItemFactsByRoadmap = new Map(roadmapIds.map((id) => [id, new Map()]));
  if (!viewer || roadmapIds.length === 0) return byRoadmap;
  const { userId } = requireScope(viewer, "READ_PROGRESS");
  for (const row of await itemFactsRows(Prisma.sql`e."userId" = ${userId}`, roadmapIds)) {
    byRoadmap.get(row.roadmapId)?.set(row.itemId, factsOf(row));
  }
  return byRoadmap;
}
