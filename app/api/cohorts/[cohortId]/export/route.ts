import type { NextRequest } from "next/server";
import { viewerFromRequest } from "@/server/auth/viewer-from-request";
import { downloadError, downloadResponse } from "@/app/api/download-response";
import { cohortMatrixCsv } from "@/server/services/cohorts/cohort-matrix-csv";
import { UnauthenticatedError } from "@/shared/errors";
import { timeZoneFromCookie } from "@/shared/time-zone-cookie";

export const dynamic = "force-dynamic";

/**
 * GET /api/cohorts/<id>/export: the mentor's matrix of a cohort as CSV (one row
 * per member, a column per section), for the cohort's owner and mentors, by
 * session or a bearer token with COHORTS. Anyone not in the cohort gets 404, as
 * for one that does not exist; its other members 403. Formula-safe cells; days
 * in the browser's zone (its tz cookie), else UTC.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ cohortId: string }> }) {
  try {
    const { cohortId } = await params;
    const viewer = await viewerFromRequest(request);
    if (!viewer) throw new UnauthenticatedError("Sign in to export a cohort's matrix.");
    const file = await cohortMatrixCsv(viewer, cohortId, timeZoneFromCookie(request.cookies));
    return downloadResponse(
      file.body,
      { name: file.name, extension: "csv", fallback: "cohort" },
      "text/csv; charset=utf-8",
    );
  } catch (error) {
    return downloadError(error);
  }
}
