import "server-only";

import type { Prisma } from "../../db/generated/client";
import { recordSkills, type SkillClaim } from "./record-skills";

/** When a roadmap becomes PUBLIC: the skills its live items claim join the catalogue (recordSkills). */
export async function recordRoadmapSkills(tx: Prisma.TransactionClient, roadmapId: string): Promise<void> {
  const claims = await tx.$queryRaw<SkillClaim[]>`
    SELECT i."skill", i."title" FROM "Item" i JOIN "Section" s ON s."id" = i."sectionId"
    WHERE i."roadmapId" = ${roadmapId} AND i."skill" IS NOT NULL AND i."retiredAt" IS NULL AND s."retiredAt" IS NULL
    ORDER BY s."position", i."position"`;
  await recordSkills(tx, "PUBLIC", claims);
}
