import "server-only";

import { Prisma } from "../../db/generated/client";
import type { RoadmapReader } from "../roadmaps/visibility/roadmap-access";

/**
 * The roadmaps a skill lists to `viewer`, over a `"Roadmap"` row aliased `r`:
 * PUBLIC ones and the viewer's own. Narrower than who may open a roadmap
 * (roadmap-access.ts): an UNLISTED roadmap is seen only by those its owner gave
 * the address to, and listing it under a skill would hand that address to
 * anyone, so it is left out, as Explore and profiles leave it out.
 */
export function listedUnderSkillSql(viewer: RoadmapReader): Prisma.Sql {
  return viewer
    ? Prisma.sql`(r."visibility" = 'PUBLIC' OR r."ownerId" = ${viewer.userId})`
    : Prisma.sql`r."visibility" = 'PUBLIC'`;
}
