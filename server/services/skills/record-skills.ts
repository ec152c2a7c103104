import "server-only";

import type { Prisma } from "../../db/generated/client";
import type { RoadmapVisibility } from "../../db/generated/enums";
import type { ParsedRoadmap } from "../../../shared/roadmap-markdown/parsed-roadmap";
import { flattenParsedRoadmap } from "../roadmaps/authoring/flatten-parsed-roadmap";

/** A skill an item claims, with the item's title (the skill's title when it is new). */
export interface SkillClaim {
  skill: string;
  title: string;
}

/**
 * Adds the skills a roadmap claims to the catalogue (`Skill`), titled after the
 * first item that claims each one. Insert only: a skill is never renamed by a
 * later claim, so the catalogue cannot be rewritten by whoever saves last.
 *
 * Only claims of PUBLIC roadmaps enter it. The catalogue is listed and searched
 * by anyone (Query.skills), so a name or title taken from a private roadmap, or
 * from an unlisted one (whose content is for those who hold its address), would
 * leak it. A roadmap made PUBLIC later records its skills then
 * (set-roadmap-visibility.ts). One statement, none when nothing is claimed.
 */
export async function recordSkills(
  tx: Prisma.TransactionClient,
  visibility: RoadmapVisibility,
  claims: readonly SkillClaim[],
): Promise<void> {
  if (visibility !== "PUBLIC") return;
  const titles = new Map<string, string>();
  for (const { skill, title } of claims) if (!titles.has(skill)) titles.set(skill, title);
  if (titles.size === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Skill" ("name", "title")
    SELECT s."name", s."title" FROM unnest(${[...titles.keys()]}::text[], ${[...titles.values()]}::text[])
      AS s("name", "title")
    ORDER BY s."name"
    ON CONFLICT ("name") DO NOTHING`;
}

/** The skills a draft's items claim, in reading order. */
export function skillClaimsOf(draft: ParsedRoadmap): SkillClaim[] {
  return flattenParsedRoadmap(draft).flatMap(({ draft: item }) =>
    item.skill ? [{ skill: item.skill, title: item.title }] : [],
  );
}
