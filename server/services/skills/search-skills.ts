import "server-only";

import { z } from "zod";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { pageInput, type Page } from "../pagination";
import { validate } from "../validate";
import type { MaybeViewer } from "../viewer";
import { decodeKeyCursor, encodeKeyCursor } from "./key-cursor";
import { listedUnderSkillSql } from "./listed-under-skill";
import type { SkillRecord } from "./skill-record";

export const searchSkillsInput = pageInput.extend({
  query: z.string().trim().max(100, "must be at most 100 characters").nullish(),
});

/** `%` and `_` match themselves in the query (LIKE's escape is a backslash). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The catalogue's skills in name order, those whose name starts with the query
 * or whose title contains it (any case; the trigram index on Skill.title), and
 * only skills some roadmap listed to the viewer still claims (a skill whose
 * roadmaps all went private is not listed, though still found by its name).
 * Pages of at most 100, one statement.
 */
export async function searchSkills(viewer: MaybeViewer, input: unknown): Promise<Page<SkillRecord>> {
  const { first, after, query } = validate(searchSkillsInput, input);
  const last = after ? decodeKeyCursor(after, ["string"] as const)[0] : null;
  const text = query ? likeLiteral(query) : null;
  const rows = await db().$queryRaw<{ name: string; title: string }[]>`
    SELECT k."name", k."title" FROM "Skill" k
    WHERE ${text ? Prisma.sql`(k."name" LIKE ${`${text.toLowerCase()}%`} OR k."title" ILIKE ${`%${text}%`})` : Prisma.sql`TRUE`}
      ${last ? Prisma.sql`AND k."name" > ${last}` : Prisma.empty}
      AND EXISTS (
        SELECT 1 FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
        WHERE i."skill" = k."name" AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL AND ${listedUnderSkillSql(viewer)})
    ORDER BY k."name"
    LIMIT ${first + 1}`;
  const shown = rows.slice(0, first);
  return {
    edges: shown.map((row) => ({ cursor: encodeKeyCursor([row.name]), node: { kind: "Skill", ...row } })),
    hasNextPage: rows.length > first,
    hasPreviousPage: last !== null,
  };
}
