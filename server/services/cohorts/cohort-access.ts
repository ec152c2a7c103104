import "server-only";

import { db } from "../../db/client";
import type { CohortRole } from "../../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../../../shared/errors";
import type { Viewer } from "../viewer";

/** A cohort as one of its members sees it. */
export interface CohortView {
  id: string;
  name: string;
  roadmapId: string;
  createdAt: Date;
  viewerId: string;
  viewerRole: CohortRole;
  memberCount: number;
  /** The viewer's own "show me to the cohort" choice. */
  viewerShowsMe: boolean;
  /** Set in the answer of the write that made a new invite: its secret, without reading it back. */
  freshInviteSecret?: string;
}

/** Owners and mentors run a cohort: they see every member's figures and rotate the invite. */
export function runsCohort(role: CohortRole): boolean {
  return role === "OWNER" || role === "MENTOR";
}

/*
 * Who may see a cohort, in one place: its members. To anyone else a cohort is
 * a cohort that does not exist (null, NOT_FOUND), never FORBIDDEN.
 */

/** The cohorts among `ids` that `userId` is in, as they see them, in the order asked (null elsewhere). One statement. */
export async function findCohortsOfMember(userId: string, ids: readonly string[]): Promise<(CohortView | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db().$queryRaw<Omit<CohortView, "viewerId">[]>`
    SELECT c."id", c."name", c."roadmapId", c."createdAt", m."role" AS "viewerRole",
      m."showMeToCohort" AS "viewerShowsMe",
      (SELECT count(*)::int FROM "CohortMember" n WHERE n."cohortId" = c."id") AS "memberCount"
    FROM "Cohort" c JOIN "CohortMember" m ON m."cohortId" = c."id" AND m."userId" = ${userId}
    WHERE c."id" = ANY(${[...ids]}::text[])`;
  const byId = new Map(rows.map((row) => [row.id, { ...row, viewerId: userId }]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The cohort if the viewer is in it; NOT_FOUND otherwise, exactly as for one that does not exist. */
export async function getCohortOrThrow(viewer: Viewer, cohortId: string): Promise<CohortView> {
  const [cohort] = await findCohortsOfMember(viewer.userId, [cohortId]);
  if (!cohort) throw new NotFoundError(`Cohort ${cohortId}`);
  return cohort;
}

/** The cohort if the viewer is its owner or a mentor; FORBIDDEN for its other members (who know it exists). */
export async function getRunCohortOrThrow(viewer: Viewer, cohortId: string, action: string): Promise<CohortView> {
  const cohort = await getCohortOrThrow(viewer, cohortId);
  if (!runsCohort(cohort.viewerRole)) throw new ForbiddenError(`Only the cohort's owner and mentors can ${action}.`);
  return cohort;
}

/** The cohort if the viewer owns it. */
export async function getOwnCohortOrThrow(viewer: Viewer, cohortId: string, action: string): Promise<CohortView> {
  const cohort = await getCohortOrThrow(viewer, cohortId);
  if (cohort.viewerRole !== "OWNER") throw new ForbiddenError(`Only the cohort's owner can ${action}.`);
  return cohort;
}
