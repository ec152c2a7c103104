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

const COLUMNS = Prisma.sql`i."id" AS "itemId", i."key" AS "itemKey", i."title" AS "itemTitle", r."id" AS "roadmapId",
  r."slug" AS "roadmapSlug", r."title" AS "roadmapTitle", r."ownerId" IS NULL AS "builtIn"`;

/**
 * A page of the live items claiming `skill` on the roadmaps it lists to the
 * viewer (listed-under-skill.ts): the built-in roadmaps' first, then the others
 * by roadmap id. That order is the index's, Item(skill, roadmapId): a page reads
 * the rows up to its end and stops, where an order by title would sort every
 * claim of the skill (a learner's thousands of private claims of `git` would
 * then cost every reader of `git`). The built-in roadmaps are found from the
 * roadmaps' side (a handful). One statement.
 */
export async function skillItemsPage(viewer: MaybeViewer, skill: string, input: unknown): Promise<Page<SkillItem>> {
  const page = validate(pageInput, input);
  const { first } = page;
  // After the cursor's row, in the list's order: (not built in, roadmap id, item id).
  const after = page.after ? decodeKeyCursor(page.after, ["boolean", "string", "string"] as const) : null;
  const afterSql = after ? Prisma.sql`AND (i."roadmapId", i."id") > (${after[1]}, ${after[2]})` : Prisma.empty;
  // Past the built-in roadmaps: none of theirs again.
  const builtIn = Prisma.sql`SELECT ${COLUMNS}
    FROM "Roadmap" r JOIN "Item" i ON i."skill" = ${skill} AND i."roadmapId" = r."id"
    JOIN "Section" s ON s."id" = i."sectionId"
    WHERE r."ownerId" IS NULL AND r."visibility" = 'PUBLIC' AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
      ${after ? (after[0] ? Prisma.sql`AND false` : afterSql) : Prisma.empty}
    ORDER BY i."roadmapId", i."id" LIMIT ${first + 1}`;
  const rows = await db().$queryRaw<SkillItem[]>`
    SELECT * FROM (
      (${builtIn})
      UNION ALL
      (SELECT ${COLUMNS}
      FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
      WHERE i."skill" = ${skill} AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL AND r."ownerId" IS NOT NULL
        AND ${listedUnderSkillSql(viewer)} ${after?.[0] ? afterSql : Prisma.empty}
      ORDER BY i."roadmapId", i."id" LIMIT ${first + 1})
    ) page
    ORDER BY NOT "builtIn", "roadmapId", "itemId"
    LIMIT ${first + 1}`;
  const shown = rows.slice(0, first);
  return {
    edges: shown.map((row) => ({ cursor: encodeKeyCursor([!row.builtIn, row.roadmapId, row.itemId]), node: row })),
    hasNextPage: rows.length > first,
    hasPreviousPage: after !== null,
  };
}
