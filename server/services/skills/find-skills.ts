import "server-only";

import { db } from "../../db/client";
import { isSkillName } from "../../../shared/roadmap-markdown/skill-names";
import type { MaybeViewer } from "../viewer";
import type { SkillRecord } from "./skill-record";

/**
 * Skills by name, in the order asked (null where there is none): the
 * catalogue's (recordSkills keeps it, from PUBLIC roadmaps only), else, for a
 * skill only the viewer's own roadmaps claim, titled after the first of their
 * items that claims it. A name only someone else's private or unlisted
 * roadmaps claim is null: to anyone else it does not exist. At most two
 * statements, the second only for names the catalogue lacks.
 */
export async function findSkills(viewer: MaybeViewer, names: readonly string[]): Promise<(SkillRecord | null)[]> {
  const wanted = [...new Set(names.filter(isSkillName))];
  const found = new Map<string, SkillRecord>();
  if (wanted.length > 0) {
    const rows = await db().$queryRaw<{ name: string; title: string }[]>`
      SELECT "name", "title" FROM "Skill" WHERE "name" = ANY(${wanted}::text[])`;
    for (const row of rows) found.set(row.name, { kind: "Skill", ...row });
  }
  const missing = wanted.filter((name) => !found.has(name));
  if (viewer && missing.length > 0) {
    const own = await db().$queryRaw<{ name: string; title: string }[]>`
      SELECT DISTINCT ON (i."skill") i."skill" AS "name", i."title"
      FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId" JOIN "Roadmap" r ON r."id" = i."roadmapId"
      WHERE i."skill" = ANY(${missing}::text[]) AND r."ownerId" = ${viewer.userId}
        AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
      ORDER BY i."skill", r."createdAt", s."position", i."position"`;
    for (const row of own) found.set(row.name, { kind: "Skill", ...row });
  }
  return names.map((name) => found.get(name) ?? null);
}
