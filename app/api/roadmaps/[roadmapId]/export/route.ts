import type { NextRequest } from "next/server";
import { viewerFromRequest } from "@/server/auth/viewer-from-request";
import { downloadError, downloadResponse } from "@/app/api/download-response";
import { EXPORT_FILE, exportRoadmapFile, type ExportFormat } from "@/server/services/roadmaps/export/export-roadmap";
import { UnauthenticatedError } from "@/shared/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/roadmaps/<id>/export?format=markdown|json|csv: the roadmap with the
 * viewer's progress and notes as a file (the same as Roadmap.export), for the
 * session's learner or a bearer token with READ_PROGRESS. A roadmap the viewer
 * may not see is 404, as one that does not exist. Every format's file is named
 * after the roadmap's title ("Backend-Development-Roadmap.json"; a title beyond
 * ASCII also as RFC 6266's filename*).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ roadmapId: string }> }) {
  try {
    const { roadmapId } = await params;
    const format = (request.nextUrl.searchParams.get("format") ?? "markdown").toUpperCase() as ExportFormat;
    const viewer = await viewerFromRequest(request);
    if (!viewer) throw new UnauthenticatedError("Sign in to export your progress.");
    const file = await exportRoadmapFile(viewer, { roadmapId, format });
    const { extension, contentType } = EXPORT_FILE[format];
    return downloadResponse(file?.body ?? "", { name: file?.title ?? "", extension, fallback: "roadmap" }, contentType);
  } catch (error) {
    return downloadError(error);
  }
}
