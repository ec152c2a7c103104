import "server-only";

import { db } from "../../db/client";
import { encodeCursor, readPageRequest, type Page } from "../pagination";
import { requireScope, type MaybeViewer } from "../viewer";
import { findCohortsOfMember, type CohortView } from "./cohort-access";

/**
 * The cohorts the viewer is in, the most recently joined first, a page at a
 * time (by the member index on userId, joinedAt), then one statement for the
 * page's cohorts.
 */
export async function listViewerCohorts(viewer: MaybeViewer, input: unknown): Promise<Page<CohortView>> {
  const { userId } = requireScope(viewer, "COHORTS");
  const request = readPageRequest(input);
  const after = request.after;
  const rows = await db().cohortMember.findMany({
    where: {
      userId,
      ...(after
        ? { OR: [{ joinedAt: { lt: after.createdAt } }, { joinedAt: after.createdAt, cohortId: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ joinedAt: "desc" }, { cohortId: "desc" }],
    take: request.first + 1,
    select: { cohortId: true, joinedAt: true },
  });
  const shown = rows.slice(0, request.first);
  const cohorts = await findCohortsOfMember(
    userId,
    shown.map((row) => row.cohortId),
  );
  return {
    edges: shown.flatMap((row, index) => {
      const node = cohorts[index];
      // Left in between: not listed.
      return node ? [{ cursor: encodeCursor({ createdAt: row.joinedAt, id: row.cohortId }), node }] : [];
    }),
    hasNextPage: rows.length > request.first,
    hasPreviousPage: after !== null,
  };
}
