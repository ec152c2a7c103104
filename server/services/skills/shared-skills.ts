import "server-only";

import { LIVE_ITEM_SQL } from "../roadmaps/content/live-item";
import type { RawRunner } from "./sync-skills";

export interface SharedSkill {
  name: string;
  title: string;
  /** The other roadmaps the learner follows and may see where a live item claims it, by title. */
  roadmaps: { id: string; slug: string; title: string }[];
}

interface Row {
  name: string;
  title: string | null;
  roadmapId: string;
  slug: string;
  roadmapTitle: string;
}

/**
 * The skills a roadmap's live items claim that live items of the learner's other
 * followed roadmaps (those they have progress on and may see) claim too: resetting the
 * roadmap asks whether to reset these as well, naming them and where. One statement:
 * the learner's followed roadmaps by a loose index scan (followed_roadmaps), each probed
 * for the roadmap's skills by Item(skill, roadmapId).
 */
export async function sharedSkills(client: RawRunner, userId: string, roadmapId: string): Promise<SharedSkill[]> {
  const rows = await client.$queryRaw<Row[]>`
    WITH mine AS MATERIALIZED (
      SELECT DISTINCT i."skill" FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
      WHERE i."roadmapId" = ${roadmapId} AND i."skill" IS NOT NULL AND ${LIVE_ITEM_SQL}
    )
    SELECT m."skill" AS "name", k."title", r."id" AS "roadmapId", r."slug", r."title" AS "roadmapTitle"
    FROM mine m
    CROSS JOIN "followed_roadmaps"(${userId}) f
    JOIN "Roadmap" r ON r."id" = f."id"
    LEFT JOIN "Skill" k ON k."name" = m."skill"
    WHERE f."id" <> ${roadmapId} AND EXISTS (
      SELECT 1 FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
      WHERE i."skill" = m."skill" AND i."roadmapId" = f."id" AND ${LIVE_ITEM_SQL}
    )
    ORDER BY m."skill", r."title", r."id"`;
  const bySkill = new Map<string, SharedSkill>();
  for (const row of rows) {
    const shared = bySkill.get(row.name) ?? { name: row.name, title: row.title ?? row.name, roadmaps: [] };
    shared.roadmaps.push({ id: row.roadmapId, slug: row.slug, title: row.roadmapTitle });
    bySkill.set(row.name, shared);
  }
  return [...bySkill.values()];
}
