import "server-only";

import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { pageInput, type Page } from "../pagination";
import { validate } from "../validate";
import type { MaybeViewer } from "../viewer";
import { decodeKeyCursor, encodeKeyCursor } from "./key-cursor";
import { listedUnderSkillSql } from "./listed-under-skill";

/** An item claiming a skill, with the roadmap it is on (for the skill's page and Skill.items). */
export interface SkillItem {
  itemId: string;
  itemKey: string;
  itemTitle: string;
  roadmapId: string;
  roadmapSlug: string;
  roadmapTitle: string;
  builtIn: boolean;
}

/**
 * A page of the live items claiming `skill` on the roadmaps it lists to the
 * viewer (listed-under-skill.ts): built-in roadmaps first, then by roadmap
 * title. One statement, an index range of Item(skill, roadmapId).
 */
export async function skillItemsPage(viewer: MaybeViewer, skill: string, input: unknown): Promise<Page<SkillItem>> {
  const page = validate(pageInput, input);
  const { first } = page;
  // After the cursor's row, in the list's order: (not built in, roadmap title, item id).
  const after = page.after ? decodeKeyCursor(page.after, ["boolean", "string", "string"] as const) : null;
  const rows = await db().$queryRaw<SkillItem[]>`
    SELECT i."id" AS "itemId", i."key" AS "itemKey", i."title" AS "itemTitle", r."id" AS "roadmapId",
      r."slug" AS "roadmapSlug", r."title" AS "roadmapTitle", r."ownerId" IS NULL AS "builtIn"
    FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
    WHERE i."skill" = ${skill} AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL AND ${listedUnderSkillSql(viewer)}
      ${after ? Prisma.sql`AND (r."ownerId" IS NOT NULL, r."title", i."id") > (${after[0]}, ${after[1]}, ${after[2]})` : Prisma.empty}
    ORDER BY r."ownerId" IS NOT NULL, r."title", i."id"
    LIMIT ${first + 1}`;
  const shown = rows.slice(0, first);
  return {
    edges: shown.map((row) => ({ cursor: encodeKeyCursor([!row.builtIn, row.roadmapTitle, row.itemId]), node: row })),
    hasNextPage: rows.length > first,
    hasPreviousPage: after !== null,
  };
}
