import "server-only";

import { Prisma } from "../../../db/generated/client";
import type { RoadmapVisibility } from "../../../db/generated/enums";

/** Whose eyes: a viewer, or only a user id (a calendar feed reads as its owner). Null: signed out. */
export type RoadmapReader = { userId: string } | null;

/*
 * Who may see a roadmap, in one place: PUBLIC and UNLISTED roadmaps anyone
 * (UNLISTED ones are never listed, only reached by their address or id), a
 * PRIVATE one only its owner. Every read of roadmap content, items, progress
 * on them and exports filters with these, in the same statement that finds the
 * rows: a roadmap someone may not see is, to them, a roadmap that does not
 * exist (NOT_FOUND or null, never FORBIDDEN).
 */

const OPEN: RoadmapVisibility[] = ["PUBLIC", "UNLISTED"];

/** The built-in roadmaps, those an administrator imports: no owner, listed on the home page. */
export const BUILT_IN_ROADMAP = { ownerId: null, visibility: "PUBLIC" } as const satisfies Prisma.RoadmapWhereInput;

/** BUILT_IN_ROADMAP in SQL, over a `"Roadmap"` row aliased `r`. */
export const BUILT_IN_ROADMAP_SQL = Prisma.sql`(r."ownerId" IS NULL AND r."visibility" = 'PUBLIC')`;

/** A Prisma filter on Roadmap: the roadmaps `viewer` may see. */
export function visibleRoadmapWhere(viewer: RoadmapReader): Prisma.RoadmapWhereInput {
  return viewer ? { OR: [{ visibility: { in: OPEN } }, { ownerId: viewer.userId }] } : { visibility: { in: OPEN } };
}

/** The same filter in SQL, over a `"Roadmap"` row aliased `alias`. */
export function visibleRoadmapSql(viewer: RoadmapReader, alias = "r"): Prisma.Sql {
  const table = Prisma.raw(`"${alias}"`);
  return viewer
    ? Prisma.sql`(${table}."visibility" <> 'PRIVATE' OR ${table}."ownerId" = ${viewer.userId})`
    : Prisma.sql`${table}."visibility" <> 'PRIVATE'`;
}

export function canSeeRoadmap(
  viewer: RoadmapReader,
  roadmap: { visibility: RoadmapVisibility; ownerId: string | null },
) {
  return roadmap.visibility !== "PRIVATE" || (viewer !== null && roadmap.ownerId === viewer.userId);
}
